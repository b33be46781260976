import Foundation
import Testing

@testable import BoardPack

/// A seeded mutation fuzzer over a small complete project (see `FuzzProject`). Each case mutates one
/// file and builds into the same output folder as the cases before it. Whatever the mutation, the
/// build must not crash; a failed build leaves the previous site byte for byte and date for date;
/// every error is located inside the file at a line that exists; and a public build holds no script
/// or `javascript:` address from the content, no record and no exempt text.
///
/// Replay a failure with the seed and case it prints:
/// `BOARDPACK_FUZZ_SEED=<seed> BOARDPACK_FUZZ_CASE=<case> swift test --filter MutationFuzzTests`;
/// `BOARDPACK_FUZZ_CASES=3000` runs more cases, `BOARDPACK_FUZZ_VERBOSE=1` names each before it runs
/// (for a crash, which prints nothing).
@Suite struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["BOARDPACK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_202
    static let cases = environment["BOARDPACK_FUZZ_CASES"].flatMap { Int($0) } ?? 240
    static let only = environment["BOARDPACK_FUZZ_CASE"].flatMap { Int($0) }
    static let verbose = environment["BOARDPACK_FUZZ_VERBOSE"] != nil

    /// One mutated project: which file, how, and the bytes it now holds.
    struct Case {
        var number: Int
        var path: String
        var steps: [String]
        var bytes: [UInt8]

        init(seed: UInt64, number: Int) {
            var mutator = Mutator(seed: seed &+ UInt64(number) &* 0x2545_F491_4F6C_DD1D)
            let files = FuzzProject.files.sorted { $0.key < $1.key }
            let file = mutator.pick(files)
            (bytes, steps) = mutator.mutate(Array(file.value.utf8))
            path = file.key
            self.number = number
        }

        var replay: String { "seed \(MutationFuzzTests.seed) case \(number): \(path): \(steps.joined(separator: "; "))" }

        /// Whether the exempt paper is still exempt after this mutation (else its text may be public).
        var exemptPaperStillExempt: Bool {
            path != "content/papers/riverside-yard.md" || bytes.starts(with: Array(FuzzProject.exemptLine.utf8))
        }
    }

    @Test func mutatedProjectsNeverCrashPublishSecretsOrTouchTheOutputOnFailure() throws {
        try fuzz(audience: .public, cases: Self.cases)
    }

    /// Members' pages hold records and exempt text by design, but never a script from the content.
    @Test func mutatedMembersBuildsNeverCrashCarryScriptsOrTouchTheOutputOnFailure() throws {
        try fuzz(audience: .members, cases: Self.cases / 4)
    }

    private func fuzz(audience: Audience, cases: Int) throws {
        let root = try FuzzProject.make()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root, jobs: 1)
        options.audience = audience
        let first = try SiteBuilder.build(options)
        try #require(!first.failed, "the fuzz project itself builds: \(first.diagnostics)")
        try #require(PublicSiteAudit(secrets: Self.secrets(exempt: true, audience: audience)).problems(in: options.output).isEmpty)
        var failed = 0
        var outcomes: [Bool: Int] = [:]
        for number in Self.only.map({ [$0] }) ?? Array(0..<cases) {
            let mutation = Case(seed: Self.seed, number: number)
            if Self.verbose { print("fuzz \(mutation.replay)") }
            try FuzzProject.write(mutation.bytes, to: mutation.path, in: root)
            defer { try? FuzzProject.write(Array(FuzzProject.files[mutation.path, default: ""].utf8), to: mutation.path, in: root) }
            let before = SiteBuilderTests.snapshot(options.output)
            let (built, problems) = Self.problems(of: mutation, options: options, before: before)
            outcomes[built, default: 0] += 1
            if !problems.isEmpty { failed += 1 }
            for problem in problems { Issue.record("\(mutation.replay) (\(audience.rawValue) build)\n  \(problem)") }
            if failed >= 5 { break }
        }
        // After every mutation is undone, the site the incremental builds leave is a clean build's.
        #expect(try !SiteBuilder.build(options).failed)
        var clean = Fixtures.options(root, output: "_clean", jobs: 1, useCache: false)
        clean.audience = audience
        #expect(try !SiteBuilder.build(clean).failed)
        let site = SiteBuilderTests.snapshot(options.output).mapValues(\.0)
        let expected = SiteBuilderTests.snapshot(clean.output).mapValues(\.0)
        #expect(site.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where site[path] != bytes { Issue.record("seed \(Self.seed): \(path) differs from a clean build") }
        // Mutations that always fail (or never) would test nothing: both kinds are common.
        if Self.only == nil, failed == 0 {
            #expect(outcomes[true, default: 0] >= cases / 10 && outcomes[false, default: 0] >= cases / 10, "\(outcomes)")
        }
    }

    static func secrets(exempt: Bool, audience: Audience = .public) -> [String] {
        guard audience == .public else { return [] }
        return FuzzProject.recordIDs + FuzzProject.recordSummaries + (exempt ? [FuzzProject.exemptSentence, FuzzProject.exemptSummary] : [])
    }

    /// Builds the mutated project: whether it built, and everything wrong with the result.
    static func problems(of mutation: Case, options: BuildOptions, before: [String: (Data, FileStamp)]) -> (Bool, [String]) {
        let report: BuildReport
        do {
            report = try SiteBuilder.build(options)
        } catch {
            return (false, ["a mutated content file gave a problem outside the content: \(error)"] + unchanged(before, options.output))
        }
        var problems = located(report.diagnostics, mutation: mutation)
        if report.failed {
            problems += unchanged(before, options.output)
        } else {
            problems += PublicSiteAudit(secrets: secrets(exempt: mutation.exemptPaperStillExempt, audience: options.audience))
                .problems(in: options.output)
        }
        return (!report.failed, problems)
    }

    /// A failed build must leave every file as it was, to the byte and the modification time.
    static func unchanged(_ before: [String: (Data, FileStamp)], _ output: URL) -> [String] {
        let after = SiteBuilderTests.snapshot(output)
        var problems = Set(after.keys).symmetricDifference(before.keys).sorted().map { "a failed build added or removed \($0)" }
        for (path, (bytes, stamp)) in before where after[path].map({ $0.0 != bytes || $0.1 != stamp }) == true {
            problems.append("a failed build changed \(path)")
        }
        return problems
    }

    /// Every diagnostic names a content file, a line that file has (one past the end for "missing")
    /// and a column that line has. Lines end as the reader ends them: at LF, CRLF or a lone CR.
    static func located(_ diagnostics: [Diagnostic], mutation: Case) -> [String] {
        let text = String(validating: mutation.bytes, as: UTF8.self)
        let lines = String(decoding: mutation.bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return diagnostics.compactMap { diagnostic -> String? in
            let shown = DiagnosticFormat.text.format(diagnostic)
            guard diagnostic.path.hasPrefix("content") else { return "unlocated: \(shown)" }
            guard diagnostic.path == mutation.path else { return nil }
            guard diagnostic.line <= lines.count + 1 else { return "line \(diagnostic.line) of a file of \(lines.count) lines: \(shown)" }
            guard text != nil, diagnostic.line <= lines.count else { return nil }
            let width = lines[diagnostic.line - 1].unicodeScalars.count
            return diagnostic.column <= width + 1 ? nil : "column \(diagnostic.column) of a line of \(width) characters: \(shown)"
        }
    }
}
