print("glosten")
