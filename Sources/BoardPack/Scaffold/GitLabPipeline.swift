/// The GitLab CI pipeline `boardpack init --ci gitlab` writes, the equivalent of `PublishWorkflow`:
/// every merge request is checked, its problems shown in the merge request's Code Quality report;
/// the default branch is built and published with GitLab Pages.
enum GitLabPipeline {
    static let path = ".gitlab-ci.yml"

    static let text = #"""
        # Checks the papers of every merge request (problems appear in its Code Quality report), and
        # builds and publishes the site with GitLab Pages on every push to the default branch.
        #
        # Before the first run, set BOARDPACK_VERSION below to the boardpack release to install
        # (for example 0.1.0), and BOARDPACK_DOWNLOAD to the web address its packages are published at.
        # PDF packs: set the CI/CD variable BUILD_PDF to "true" (Settings > CI/CD > Variables, or
        # when running the pipeline by hand).

        variables:
          # >>> SET THESE: the boardpack release to install, and the web address of the folder
          # holding its package boardpack_<version>_amd64.deb (<version> is filled in for you). <<<
          BOARDPACK_VERSION: ""
          BOARDPACK_DOWNLOAD: "https://github.com/YOUR-ORGANISATION/boardpack/releases/download/v<version>"
          BUILD_PDF: "false"

        # Debian 12, the system boardpack's package is built for.
        default:
          image: debian:bookworm
          before_script:
            - |
              case "$BOARDPACK_VERSION/$BOARDPACK_DOWNLOAD" in
                /* | *YOUR-ORGANISATION*)
                  echo "Set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD at the top of .gitlab-ci.yml to the boardpack release to install and the address of its packages."
                  exit 2
                  ;;
              esac
            - apt-get update
            - apt-get install -y --no-install-recommends ca-certificates curl
            - folder=$(printf '%s' "$BOARDPACK_DOWNLOAD" | sed "s/<version>/$BOARDPACK_VERSION/g")
            - curl --fail --location --silent --show-error --output /tmp/boardpack.deb "$folder/boardpack_${BOARDPACK_VERSION}_amd64.deb"
            - apt-get install -y --no-install-recommends /tmp/boardpack.deb
            - boardpack --version
            # Or build boardpack from source instead (ten minutes a run): use the image swift:6.0 and
            # replace the three lines above with:
            # - apt-get install -y --no-install-recommends git libcmark-gfm-dev libcmark-gfm-extensions-dev
            # - git clone --depth 1 https://github.com/YOUR-ORGANISATION/boardpack.git /tmp/boardpack
            # - swift build -c release --package-path /tmp/boardpack
            # - install /tmp/boardpack/.build/release/boardpack /usr/local/bin/boardpack

        check:
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
          script:
            # The report is written even when there are errors, so the merge request shows each one.
            - boardpack check --format gitlab > gl-code-quality-report.json
          artifacts:
            when: always
            reports:
              codequality: gl-code-quality-report.json

        pages:
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
          script:
            - apt-get install -y --no-install-recommends python3-venv
            - python3 -m venv /opt/pagefind
            - /opt/pagefind/bin/pip install --quiet 'pagefind[bin]'
            - ln -s /opt/pagefind/lib/python3*/site-packages/pagefind_bin/pagefind /usr/local/bin/pagefind
            - if [ "$BUILD_PDF" = "true" ]; then apt-get install -y --no-install-recommends weasyprint; fi
            - if [ "$BUILD_PDF" = "true" ]; then boardpack build --pdf --output public; else boardpack build --output public; fi
          artifacts:
            paths:
              - public

        """#
}
