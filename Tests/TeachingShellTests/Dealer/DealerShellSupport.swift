import Foundation
import ShellTestSupport

@testable import ShellKit

/// A CSV file's rows split into fields.
func csvRows(_ text: String) -> [[String]] {
    text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

/// `state`'s JSON record as the machine reads it.
func fields(_ reply: Reply?) -> [String: Double?] { reply?.record.fields ?? [:] }
