/// A problem found in a user's content, located in the file where they can fix it.
///
/// Diagnostics are collected rather than thrown so that one run reports every problem.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        /// Information only: something boardpack did for the author; never fails a build, even with `--strict`.
        case note
    }

    /// The path as the user would type it: relative to the working directory where possible.
    public var path: String
    /// 1-based line in the file (front matter lines included).
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int, column: Int, severity: Severity, message: String) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(path: location.path, line: location.line, column: location.column, severity: .error, message: message)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(path: location.path, line: location.line, column: location.column, severity: .warning, message: message)
    }

    public static func note(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(path: location.path, line: location.line, column: location.column, severity: .note, message: message)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
    }

    /// `--strict`: warnings become errors; notes stay notes.
    public func strict() -> Diagnostic {
        var copy = self
        if severity == .warning { copy.severity = .error }
        return copy
    }
}

/// A place in a file.
public struct SourceLocation: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func start(of path: String) -> SourceLocation {
        SourceLocation(path: path, line: 1, column: 1)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
