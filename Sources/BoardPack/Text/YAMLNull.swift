/// YAML's null, the one test every reader of content uses (front matter, site.yaml, meetings and
/// dataset records): an empty field means no value.
enum YAMLNull {
    /// Whether a plain (unquoted) scalar's text is null: empty, `~`, `null`, `Null` or `NULL`.
    static func isNull(plain text: String) -> Bool {
        text.utf8.count <= 4 && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}
