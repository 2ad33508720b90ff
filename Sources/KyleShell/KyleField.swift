import ShellKit

/// The kyle model's own `--json` fields: the belief's sd and Σ_n, the auctions; an auction's n, λ,
/// β, Σ and the flow, split when nature drew it.
/// Every key the model writes is a case here (`record[KyleField.sd] = …`).
enum KyleField: String, RecordField {
    case sd
    case sigma2
    case auctions
    case n
    case lambda
    case beta
    case flow
    case insider
    case noise
}
