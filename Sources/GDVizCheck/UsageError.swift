/// A command line that cannot be carried out as given (exit status 2). The text says what to
/// type instead.
package struct UsageError: Error, CustomStringConvertible, Equatable {
    package var description: String
    package init(_ description: String) { self.description = description }
}
