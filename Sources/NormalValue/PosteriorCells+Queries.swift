import Foundation

/// Reading the tree without changing it: the cell at a point and tail sums, each one walk from the
/// root (O(log K)), adding up the pending tags on the way instead of passing them down.
extension PosteriorCells {
    /// The cell containing z and its ℓ.
    func cell(containing z: Double) -> (cell: TruncatedNormal, logMass: Double) {
        var n = root
        var pending = 0.0
        while true {
            let node = nodes[Int(n)]
            if z < node.cell.lower, node.left >= 0 {
                n = node.left
            } else if z >= node.cell.upper, node.right >= 0 {
                n = node.right
            } else {
                return (node.cell, node.own + pending)
            }
            pending += node.tag
        }
    }

    /// (Σ e^ℓ·P(Z > z | cell), Σ e^ℓ·E[Z·1{Z > z} | cell]) over the cells: P(Z > z) and
    /// E[Z·1{Z > z}] once the root's L is 0.
    func upper(_ z: Double) -> (probability: Double, moment: Double) {
        if z == .infinity { return (0, 0) }
        var n = root
        var pending = 0.0
        var probability = 0.0
        var moment = 0.0
        while n >= 0 {
            let node = nodes[Int(n)]
            let below = pending + node.tag
            if z >= node.cell.upper {
                n = node.right
                pending = below
                continue
            }
            if node.right >= 0 {
                let r = nodes[Int(node.right)]
                let p = exp(r.logMass + below)
                probability += p
                moment += p * r.mean
            }
            if z < node.cell.lower {
                let p = exp(node.own + pending)
                probability += p
                moment += p * node.cell.mean
                n = node.left
                pending = below
                continue
            }
            // z is in this cell: all of it when z is its lower end, else the part above z.
            if z == node.cell.lower {
                let p = exp(node.own + pending)
                return (probability + p, moment + p * node.cell.mean)
            }
            let part = TruncatedNormal(z, node.cell.upper)
            let p = exp(node.own + pending + part.logMassRatio(to: node.cell))
            return (probability + p, moment + p * part.mean)
        }
        return (probability, moment)
    }

    /// (P(Z < z), E[Z·1{Z < z}]) the same way.
    func lower(_ z: Double) -> (probability: Double, moment: Double) {
        if z == -.infinity { return (0, 0) }
        var n = root
        var pending = 0.0
        var probability = 0.0
        var moment = 0.0
        while n >= 0 {
            let node = nodes[Int(n)]
            let below = pending + node.tag
            if z < node.cell.lower {
                n = node.left
                pending = below
                continue
            }
            if node.left >= 0 {
                let l = nodes[Int(node.left)]
                let p = exp(l.logMass + below)
                probability += p
                moment += p * l.mean
            }
            if z >= node.cell.upper {
                let p = exp(node.own + pending)
                probability += p
                moment += p * node.cell.mean
                n = node.right
                pending = below
                continue
            }
            if z == node.cell.lower { return (probability, moment) }
            let part = TruncatedNormal(node.cell.lower, z)
            let p = exp(node.own + pending + part.logMassRatio(to: node.cell))
            return (probability + p, moment + p * part.mean)
        }
        return (probability, moment)
    }

    /// Every cell from the left with its ℓ (O(K): for the breaks' list and for tests).
    var ordered: [(cell: TruncatedNormal, logMass: Double)] {
        var result: [(cell: TruncatedNormal, logMass: Double)] = []
        result.reserveCapacity(count)
        var stack: [(Int32, Double)] = []
        var n = root
        var pending = 0.0
        while n >= 0 || !stack.isEmpty {
            while n >= 0 {
                stack.append((n, pending))
                pending += nodes[Int(n)].tag
                n = nodes[Int(n)].left
            }
            let (top, above) = stack.removeLast()
            let node = nodes[Int(top)]
            result.append((node.cell, node.own + above))
            n = node.right
            pending = above + node.tag
        }
        return result
    }
}
