/// A seeded, deterministic mutation of a file's bytes: the same seed always gives the same case, so
/// a failure can be replayed from the seed and case number the test prints.
struct Mutator {
    /// SplitMix64: small, fast and the same on every platform (SystemRandomNumberGenerator is not seeded).
    struct Random: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let yamlSpecials = [
        "~", "null", "{}", "[]", "<<: {exempt: false}", "<<: *a", "&a", "*a", "!!binary aGVsbG8=", "\t", "'", "\"", "|",
        ">", "- ", "? x", "%YAML 1.2", "---", "...", "@", "`", "!!python/object:os.system", "!<tag:x> y", "0x1F",
        "2021-02-30", ".nan", "yes", "{exempt: ~}", "[a, [b, {c: d}]]",
    ]

    static let markdownSpecials = [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](data:text/html,<script>alert(1)</script>)",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href='https://example.org' onclick='alert(1)'>x</a>",
        "<javascript:alert(1)>", "<https://example.org/ok>", "www.example.org/path", "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))", "[x](&#x6A;&#x61;vascript&colon;alert(1))", "![i](javascript:alert(1))",
        "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)></iframe>", "[x]: javascript:alert(1)\n\n[x]",
        "<style>body{display:none}</style>", "<!-- c --><script>alert(1)</script>", "`<script>`",
        "<details open ontoggle=alert(1)>", "[x](vbscript:msgbox(1))", "<form action=javascript:alert(1)><button>x</button></form>",
        "<object data=\"data:text/html,x\"></object>", "&#60;script&#62;alert(1)&#60;/script&#62;", "| a | b |\n|---|---|\n| <script> | x |",
        "## Discussion", "## Implications for Wales", "```incidents\ndataset: incidents\ngroup-by: summary\n```",
        "```incidents\ndataset: incidents\ngroup-by: id\n```", "```incidents\ndataset: incidents\nfilter: { summary: x }\n```",
        "1. A point\n2. Another", "[^1]\n\n[^1]: <script>alert(1)</script>",
    ]

    /// Right-to-left override, NUL, a byte order mark mid-file, a lone surrogate (invalid UTF-8),
    /// bytes that are never UTF-8, a zero-width joiner, a line separator.
    static let unicodeSpecials: [[UInt8]] = [
        Array("\u{202E}".utf8), [0], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xC3], Array("\u{200D}".utf8),
        Array("\u{2028}".utf8), [0x0D], Array("\u{FEFF}".utf8), [0x1B, 0x5B, 0x32, 0x4A], [0x7F], [0x0C], [0x0B],
    ]

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    mutating func int(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(random.next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// One to three mutations, each named, for the failure message.
    mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], steps: [String]) {
        var lines = split(bytes)
        var steps: [String] = []
        for _ in 0..<(1 + int(3)) {
            let at = int(lines.count + 1)
            switch int(12) {
            case 0 where !lines.isEmpty:
                let index = min(at, lines.count - 1)
                lines.remove(at: index)
                steps.append("delete line \(index + 1)")
            case 1 where !lines.isEmpty:
                let index = min(at, lines.count - 1)
                lines.insert(lines[index], at: index)
                steps.append("duplicate line \(index + 1)")
            case 2 where lines.count > 1:
                let other = int(lines.count)
                let index = min(at, lines.count - 1)
                lines.swapAt(index, other)
                steps.append("swap lines \(index + 1) and \(other + 1)")
            case 3:
                let noise = (0..<(1 + int(6))).map { _ in int(3) == 0 ? UInt8(int(32)) : UInt8(int(256)) }
                insert(noise, into: &lines, at: at)
                steps.append("insert bytes \(noise)")
            case 4:
                var flat = join(lines)
                let keep = int(flat.count + 1)
                flat.removeSubrange(keep...)
                lines = split(flat)
                steps.append("truncate at byte \(keep)")
            case 5 where !lines.isEmpty:
                let index = min(at, lines.count - 1)
                lines[index] = flipKeyCase(lines[index])
                steps.append("flip key case on line \(index + 1)")
            case 6, 7:
                let special = pick(Self.yamlSpecials)
                replaceValue(with: special, in: &lines, at: at, steps: &steps)
            case 8, 9:
                let special = pick(Self.markdownSpecials)
                if int(2) == 0 {
                    replaceValue(with: special, in: &lines, at: at, steps: &steps)
                } else {
                    lines.insert(Array(special.utf8), at: min(at, lines.count))
                    steps.append("insert line \(at + 1): \(special)")
                }
            case 10:
                let special = pick(Self.unicodeSpecials)
                insert(special, into: &lines, at: at)
                steps.append("insert unicode \(special)")
            default:
                let long = [UInt8](repeating: UInt8(ascii: int(2) == 0 ? "a" : " "), count: 1_000 + int(60_000))
                insert(long, into: &lines, at: at)
                steps.append("insert a line of \(long.count) bytes")
            }
        }
        return (join(lines), steps)
    }

    private mutating func insert(_ bytes: [UInt8], into lines: inout [[UInt8]], at index: Int) {
        guard index < lines.count else { return lines.append(bytes) }
        lines[index].insert(contentsOf: bytes, at: int(lines[index].count + 1))
    }

    /// Puts `special` where a value was (after `key: `), or as a new line if the line has no key.
    private mutating func replaceValue(with special: String, in lines: inout [[UInt8]], at index: Int, steps: inout [String]) {
        guard index < lines.count, let colon = lines[index].firstIndex(of: UInt8(ascii: ":")) else {
            lines.insert(Array(special.utf8), at: min(index, lines.count))
            return steps.append("insert line \(index + 1): \(special)")
        }
        lines[index] = Array(lines[index][...colon]) + Array(" \(special)".utf8)
        steps.append("value on line \(index + 1) becomes \(special)")
    }

    private mutating func flipKeyCase(_ line: [UInt8]) -> [UInt8] {
        let end = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        var flipped = line
        let whole = int(2) == 0
        for index in 0..<end where whole || index == line.firstIndex(where: { $0 >= 97 && $0 <= 122 }) {
            let byte = line[index]
            if byte >= 97 && byte <= 122 { flipped[index] = byte - 32 } else if byte >= 65 && byte <= 90 { flipped[index] = byte + 32 }
        }
        return flipped
    }

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    }

    private func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [10])) }
}
