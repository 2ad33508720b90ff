/// The student's page, carried in the binary (no CDN, no build step): HTML, CSS and a script.
enum StudentPage {
    /// The files the server answers at `/`, by path, with their content types.
    static let files: [String: (type: String, bytes: [UInt8])] = [
        "/": ("text/html; charset=utf-8", PackageResources.index_html),
        "/page.css": ("text/css; charset=utf-8", PackageResources.page_css),
        "/page.js": ("text/javascript; charset=utf-8", PackageResources.page_js),
    ]
}
