/// A market whose quotes always stand (a dealer who never withdraws, Kyle's one price, PIN's
/// opening quotes): no side, nor the whole market, is ever closed.
package protocol NeverWithdraws: ModelMarket {}

extension NeverWithdraws {
    package func isClosed(_ side: LessonSide) -> Bool { false }
}
