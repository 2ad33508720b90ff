/// Cholesky factorisation and solves for the estimator's small symmetric matrices.
///
/// At most 5 × 5, row-major; nil when a matrix is not positive definite.
enum SmallMatrix {
    /// L with A = LLᵀ, or nil when A is not positive definite (a pivot ≤ 0 or not finite).
    static func cholesky(_ a: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        return l
    }

    /// x with A·x = b, from A's Cholesky factor L.
    static func solve(_ l: [Double], _ b: [Double], _ n: Int) -> [Double] {
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }

    /// A⁻¹ of a positive-definite A, or nil.
    static func inverse(_ a: [Double], _ n: Int) -> [Double]? {
        guard let l = cholesky(a, n) else { return nil }
        var inverse = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[column] = 1
            let x = solve(l, e, n)
            for row in 0..<n { inverse[row * n + column] = x[row] }
        }
        return inverse
    }
}
