import ShellKit

/// The normal model's own `--json` fields: the sd of the market maker's belief about v.
/// Every key the model writes is a case here (`record[NormalField.sd] = …`).
enum NormalField: String, RecordField {
    case sd
}
