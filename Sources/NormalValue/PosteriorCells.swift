import Foundation

/// The posterior's cells in a balanced search tree, so that one order costs O(log K) for K cells.
///
/// Why a tree and not a bound on the breaks: with few informed traders (μ = 0.001) the quotes walk
/// over a band of prices whose width does not shrink, and breaks more than the quotes' resolution
/// apart are information the quotes still use; merging them until K is small enough for an O(K)
/// update (a few hundred) would move the quotes by more than their shown 4 decimals over a long
/// tape. So every break the merge rule (NormalPosterior+Merge.swift) keeps stays, about 3 in 100
/// orders at μ = 0.001, and what changes is the cost of an order: a flat array rebuilt its
/// normalisation and its prefix sums over all K cells (10⁶ orders: 25 minutes); here an order
/// touches O(log K) nodes.
///
/// The tree is a treap keyed by each cell's lower end, kept in one array of nodes (value
/// semantics: a copy shares storage until one side changes). A node holds one cell C = [l, u),
/// its log probability ℓ_C, and for its subtree S the log probability L_S = log Σ_(C ∈ S) e^ℓ_C,
/// the mean E[Z | S] and variance Var[Z | S]. Two parts A, B of a subtree combine with weights
/// w_A = e^L_A/(e^L_A + e^L_B), w_B = 1 − w_A as
///
///     L = max + log1p(e^(min − max)),   E = E_A + w_B·(E_B − E_A),
///     Var = w_A·Var_A + w_B·Var_B + w_A·w_B·(E_A − E_B)²,
///
/// which neither cancels (no E[Z²] − E[Z]²) nor underflows (weights, not masses). An order
/// multiplies the density by a constant on each piece between its cuts: a log factor added to
/// every ℓ of a range of cells, which rescales L of the subtrees inside the range and leaves
/// their E and Var alone. So a range gets its factor at the O(log K) subtrees that tile it,
/// plus a pending `tag` there for their descendants, passed down when a later operation walks
/// through (lazy propagation). Normalising is one such addition at the root (L of the root is
/// then exactly 0), and a tail probability P(Z > x) = Σ e^L over the O(log K) subtrees above x
/// plus the part of x's own cell.
///
/// Priorities are a hash of the key, so the same operations build the same tree, bit for bit:
/// a belief replayed from a stored checkpoint prints exactly what the live one printed.
struct PosteriorCells: Equatable, Sendable {
    /// One cell and its subtree's summary.
    struct Node: Equatable, Sendable {
        var left: Int32 = -1
        var right: Int32 = -1
        let priority: UInt64
        /// The cell [lower, upper).
        var cell: TruncatedNormal
        /// ℓ of this cell, with every tag of its ancestors applied.
        var own: Double
        /// L, E and Var of the subtree (this cell and its descendants).
        var logMass: Double
        var mean: Double
        var variance: Double
        /// A log factor the children have still to receive.
        var tag = 0.0

        init(cell: TruncatedNormal, own: Double) {
            priority = PosteriorCells.priority(cell.lower)
            self.cell = cell
            self.own = own
            logMass = own
            mean = cell.mean
            variance = cell.variance
        }
    }

    private(set) var nodes: [Node]
    private(set) var root: Int32 = 0
    /// Nodes removed by merges, reused by the next insertions.
    private var free: [Int32] = []
    /// K, the number of cells.
    private(set) var count = 1

    /// One cell over the whole line with probability 1.
    init() {
        nodes = [Node(cell: TruncatedNormal(-.infinity, .infinity), own: 0)]
    }

    /// A priority from the key's bits (splitmix64), so that the tree's shape depends only on the
    /// cells, not on a generator.
    static func priority(_ key: Double) -> UInt64 {
        var x = key.bitPattern &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The root's summary: log Σ e^ℓ, E[Z] and Var[Z].
    var total: (logMass: Double, mean: Double, variance: Double) {
        let n = nodes[Int(root)]
        return (n.logMass, n.mean, n.variance)
    }

    // MARK: Summaries

    /// Combines two parts (L, E, Var) as in the type's summary; a part of probability 0 drops out.
    @inline(__always)
    static func combine(
        _ a: (Double, Double, Double), _ b: (Double, Double, Double)
    ) -> (Double, Double, Double) {
        if b.0 == -.infinity { return a }
        if a.0 == -.infinity { return b }
        let (big, small) = a.0 >= b.0 ? (a, b) : (b, a)
        let r = exp(small.0 - big.0)
        let wSmall = r / (1 + r)
        let wBig = 1 - wSmall
        let d = small.1 - big.1
        return (
            big.0 + log1p(r), big.1 + wSmall * d,
            wBig * big.2 + wSmall * small.2 + wBig * wSmall * d * d
        )
    }

    /// Recomputes node n's subtree summary from its children's and its own cell.
    @inline(__always)
    private mutating func pull(_ n: Int32) {
        let node = nodes[Int(n)]
        var s = (node.own, node.cell.mean, node.cell.variance)
        if node.left >= 0 {
            let l = nodes[Int(node.left)]
            s = Self.combine((l.logMass, l.mean, l.variance), s)
        }
        if node.right >= 0 {
            let r = nodes[Int(node.right)]
            s = Self.combine(s, (r.logMass, r.mean, r.variance))
        }
        nodes[Int(n)].logMass = s.0
        nodes[Int(n)].mean = s.1
        nodes[Int(n)].variance = s.2
    }

    /// Adds log factor f to every cell of n's subtree: to its ℓ and L now, to its children later.
    @inline(__always)
    private mutating func add(_ f: Double, to n: Int32) {
        nodes[Int(n)].own += f
        nodes[Int(n)].logMass += f
        nodes[Int(n)].tag += f
    }

    /// Passes n's pending tag to its children.
    @inline(__always)
    private mutating func push(_ n: Int32) {
        let tag = nodes[Int(n)].tag
        guard tag != 0 else { return }
        if nodes[Int(n)].left >= 0 { add(tag, to: nodes[Int(n)].left) }
        if nodes[Int(n)].right >= 0 { add(tag, to: nodes[Int(n)].right) }
        nodes[Int(n)].tag = 0
    }

    // MARK: Updates

    /// Adds f to ℓ of every cell whose lower end lies in [low, high), both breaks or ±∞.
    mutating func add(_ f: Double, from low: Double, to high: Double) {
        add(f, from: low, to: high, at: root, span: -.infinity, .infinity)
    }

    /// The same within n's subtree, whose cells cover [spanLow, spanHigh).
    private mutating func add(
        _ f: Double, from low: Double, to high: Double, at n: Int32, span spanLow: Double, _ spanHigh: Double
    ) {
        guard n >= 0, spanHigh > low, spanLow < high else { return }
        if low <= spanLow, spanHigh <= high {
            add(f, to: n)
            return
        }
        push(n)
        let node = nodes[Int(n)]
        if low <= node.cell.lower, node.cell.lower < high { nodes[Int(n)].own += f }
        add(f, from: low, to: high, at: node.left, span: spanLow, node.cell.lower)
        add(f, from: low, to: high, at: node.right, span: node.cell.upper, spanHigh)
        pull(n)
    }

    /// Adds f to every ℓ: normalising by f = −L of the root makes Σ e^ℓ = 1 with L exactly 0.
    mutating func addToAll(_ f: Double) { add(f, to: root) }

    /// Cuts the cell containing z at z (z finite and not already a break): [l, u) becomes [l, z)
    /// and [z, u), each with its share of the cell's probability.
    mutating func split(at z: Double) {
        let (right, own) = shrinkCell(containing: z, at: root)
        let node = Node(cell: right, own: own)
        let index: Int32
        if let reused = free.popLast() {
            index = reused
            nodes[Int(index)] = node
        } else {
            index = Int32(nodes.count)
            nodes.append(node)
        }
        root = insert(index, into: root)
        count += 1
    }

    /// Shrinks the cell containing z to end at z; returns the part [z, u) and its ℓ.
    private mutating func shrinkCell(containing z: Double, at n: Int32) -> (TruncatedNormal, Double) {
        push(n)
        let node = nodes[Int(n)]
        let result: (TruncatedNormal, Double)
        if z < node.cell.lower {
            result = shrinkCell(containing: z, at: node.left)
        } else if z >= node.cell.upper {
            result = shrinkCell(containing: z, at: node.right)
        } else {
            let left = TruncatedNormal(node.cell.lower, z)
            let right = TruncatedNormal(z, node.cell.upper)
            nodes[Int(n)].cell = left
            nodes[Int(n)].own = node.own + left.logMassRatio(to: node.cell)
            result = (right, node.own + right.logMassRatio(to: node.cell))
        }
        pull(n)
        return result
    }

    /// Puts node `new` into n's subtree; returns the subtree's root.
    private mutating func insert(_ new: Int32, into n: Int32) -> Int32 {
        guard n >= 0 else { return new }
        if nodes[Int(new)].priority > nodes[Int(n)].priority {
            let (l, r) = split(n, before: nodes[Int(new)].cell.lower)
            nodes[Int(new)].left = l
            nodes[Int(new)].right = r
            pull(new)
            return new
        }
        push(n)
        if nodes[Int(new)].cell.lower < nodes[Int(n)].cell.lower {
            nodes[Int(n)].left = insert(new, into: nodes[Int(n)].left)
        } else {
            nodes[Int(n)].right = insert(new, into: nodes[Int(n)].right)
        }
        pull(n)
        return n
    }

    /// Splits n's subtree into the cells with lower end < key and the rest.
    private mutating func split(_ n: Int32, before key: Double) -> (Int32, Int32) {
        guard n >= 0 else { return (-1, -1) }
        push(n)
        if nodes[Int(n)].cell.lower < key {
            let (l, r) = split(nodes[Int(n)].right, before: key)
            nodes[Int(n)].right = l
            pull(n)
            return (n, r)
        }
        let (l, r) = split(nodes[Int(n)].left, before: key)
        nodes[Int(n)].left = r
        pull(n)
        return (l, n)
    }

    /// Joins two subtrees, every key of a below every key of b.
    private mutating func join(_ a: Int32, _ b: Int32) -> Int32 {
        if a < 0 { return b }
        if b < 0 { return a }
        if nodes[Int(a)].priority > nodes[Int(b)].priority {
            push(a)
            nodes[Int(a)].right = join(nodes[Int(a)].right, b)
            pull(a)
            return a
        }
        push(b)
        nodes[Int(b)].left = join(a, nodes[Int(b)].left)
        pull(b)
        return b
    }

    /// Joins the cell starting at `key` to the one before it: one cell over both with their total
    /// probability (ℓ = log(e^ℓ₁ + e^ℓ₂)), one break fewer.
    mutating func joinToPrevious(_ key: Double) {
        let removed = remove(key, at: root)
        root = removed.root
        count -= 1
        extendCell(before: key, to: removed.cell.upper, adding: removed.own, at: root)
    }

    /// Takes the cell starting at `key` out of n's subtree; returns the subtree's new root, the
    /// cell and its ℓ.
    private mutating func remove(_ key: Double, at n: Int32) -> (root: Int32, cell: TruncatedNormal, own: Double) {
        push(n)
        let node = nodes[Int(n)]
        if key == node.cell.lower {
            free.append(n)
            return (join(node.left, node.right), node.cell, node.own)
        }
        let removed: (root: Int32, cell: TruncatedNormal, own: Double)
        if key < node.cell.lower {
            removed = remove(key, at: node.left)
            nodes[Int(n)].left = removed.root
        } else {
            removed = remove(key, at: node.right)
            nodes[Int(n)].right = removed.root
        }
        pull(n)
        return (n, removed.cell, removed.own)
    }

    /// Extends the cell ending at `key` to end at `upper`, adding probability e^ℓ to it.
    private mutating func extendCell(before key: Double, to upper: Double, adding l: Double, at n: Int32) {
        push(n)
        let node = nodes[Int(n)]
        if key <= node.cell.lower {
            extendCell(before: key, to: upper, adding: l, at: node.left)
        } else if key > node.cell.upper {
            extendCell(before: key, to: upper, adding: l, at: node.right)
        } else {
            let top = max(node.own, l)
            nodes[Int(n)].cell = TruncatedNormal(node.cell.lower, upper)
            nodes[Int(n)].own = top == -.infinity ? top : top + log1p(exp(min(node.own, l) - top))
        }
        pull(n)
    }
}
