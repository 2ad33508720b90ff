/// Hierarchical agglomerative clustering of numbers on a line, complete linkage (the distance of
/// two clusters is the largest distance between their members), as Ersan and Alici (2016) cluster
/// the days' absolute order imbalances |B − S|.
///
/// On a line the closest two clusters under complete linkage are always neighbours in sorted
/// order (merging across a cluster spans more), so each merge joins the adjacent pair whose union
/// spans least; a heap of the adjacent pairs makes it O(n log n).
enum ImbalanceClusters {
    /// The indices of `values` in `count` clusters, the clusters in increasing order of their values
    /// (fewer when there are fewer values).
    static func cluster(_ values: [Double], into count: Int) -> [[Int]] {
        cluster(values, into: count, shouldStop: { false }) ?? []
    }

    /// The same, asking `shouldStop` every 65 536 merges; nil when it said stop.
    static func cluster(_ values: [Double], into count: Int, shouldStop: () -> Bool) -> [[Int]]? {
        let order = values.indices.sorted { values[$0] < values[$1] }
        let sorted = order.map { values[$0] }
        let n = sorted.count
        guard n > 0, count > 0 else { return [] }
        // Cluster i covers sorted[lo[i]...hi[i]]; next/previous link the live clusters.
        let lo = Array(0..<n)
        var hi = Array(0..<n)
        var next = (0..<n).map { $0 + 1 < n ? $0 + 1 : -1 }
        var previous = (0..<n).map { $0 - 1 }
        var alive = [Bool](repeating: true, count: n)
        var version = [Int](repeating: 0, count: n)
        var heap = PairHeap()
        for i in 0..<(n - 1) { heap.push(cost: sorted[i + 1] - sorted[i], left: i, version: 0, rightVersion: 0) }
        var live = n
        var popped = 0
        while live > count, let top = heap.pop() {
            popped += 1
            if popped % 65_536 == 0, shouldStop() { return nil }
            let left = top.left
            let right = next[left]
            guard alive[left], right >= 0, version[left] == top.version, version[right] == top.rightVersion else {
                continue
            }
            // Merge right into left.
            hi[left] = hi[right]
            alive[right] = false
            next[left] = next[right]
            if next[right] >= 0 { previous[next[right]] = left }
            version[left] += 1
            live -= 1
            if previous[left] >= 0 {
                let p = previous[left]
                heap.push(
                    cost: sorted[hi[left]] - sorted[lo[p]], left: p, version: version[p], rightVersion: version[left])
            }
            if next[left] >= 0 {
                let q = next[left]
                heap.push(
                    cost: sorted[hi[q]] - sorted[lo[left]], left: left, version: version[left],
                    rightVersion: version[q])
            }
        }
        return (0..<n).filter { alive[$0] }.map { i in (lo[i]...hi[i]).map { order[$0] } }
    }
}

/// A binary min-heap of adjacent cluster pairs by the span of their union; ties go to the leftmost.
private struct PairHeap {
    struct Entry {
        let cost: Double
        let left: Int
        let version: Int
        let rightVersion: Int
        func precedes(_ other: Entry) -> Bool { cost < other.cost || (cost == other.cost && left < other.left) }
    }
    private var items: [Entry] = []

    mutating func push(cost: Double, left: Int, version: Int, rightVersion: Int) {
        items.append(Entry(cost: cost, left: left, version: version, rightVersion: rightVersion))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].precedes(items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items[0] = last
        var i = 0
        while true {
            let (l, r) = (2 * i + 1, 2 * i + 2)
            var best = i
            if l < items.count && items[l].precedes(items[best]) { best = l }
            if r < items.count && items[r].precedes(items[best]) { best = r }
            guard best != i else { break }
            items.swapAt(i, best)
            i = best
        }
        return first
    }
}
