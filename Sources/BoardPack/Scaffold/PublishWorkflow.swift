/// The GitHub Actions workflow `boardpack init` writes: check every pull request, with each problem
/// as an annotation on its line; build and publish to GitHub Pages on every push to main.
///
/// One job runs in the official Swift image, so the toolchain, apt-get and the build of boardpack
/// are the same on every run; only the deployment runs outside it.
enum PublishWorkflow {
    static let text = #"""
        # Checks the papers on every pull request, and builds and publishes the site to GitHub Pages
        # on every push to main.
        #
        # Before the first run:
        #   1. Set BOARDPACK_REPO below to the Git repository boardpack is built from.
        #   2. In the repository's Settings > Pages, set "Source" to "GitHub Actions".
        name: Publish board papers

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        # A newer push to a pull request cancels its check still running.
        concurrency:
          group: ${{ github.workflow }}-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        env:
          # >>> SET THIS: the Git repository boardpack is built from (the project's own, or your fork). <<<
          BOARDPACK_REPO: https://github.com/YOUR-ORGANISATION/boardpack.git
          # The branch or tag of boardpack to build.
          BOARDPACK_REF: main
          # "true" also makes a PDF of each pack (packs/<id>.pdf), with WeasyPrint.
          BUILD_PDF: "false"

        jobs:
          papers:
            runs-on: ubuntu-latest
            # The official Swift image (Ubuntu with the Swift toolchain); steps run as root.
            container: swift:6.0
            steps:
              - name: Check out the papers
                uses: actions/checkout@v4

              - name: Install the libraries boardpack needs
                run: |
                  apt-get update
                  apt-get install -y --no-install-recommends libcmark-gfm-dev libcmark-gfm-extensions-dev
                  if [ "$BUILD_PDF" = "true" ]; then
                    apt-get install -y --no-install-recommends weasyprint
                  fi

              - name: Build boardpack
                run: |
                  case "$BOARDPACK_REPO" in
                    *YOUR-ORGANISATION*)
                      echo "::error file=.github/workflows/publish.yml::Set BOARDPACK_REPO in .github/workflows/publish.yml to the repository boardpack is built from"
                      exit 2
                      ;;
                  esac
                  git clone --depth 1 --branch "$BOARDPACK_REF" "$BOARDPACK_REPO" /tmp/boardpack
                  swift build -c release --package-path /tmp/boardpack
                  install /tmp/boardpack/.build/release/boardpack /usr/local/bin/boardpack

              - name: Check the papers
                # Each problem becomes an annotation on its line of the pull request.
                run: boardpack check --format github

              - name: Set up GitHub Pages
                if: github.event_name != 'pull_request'
                uses: actions/configure-pages@v5

              - name: Build the site
                if: github.event_name != 'pull_request'
                run: |
                  if [ "$BUILD_PDF" = "true" ]; then
                    boardpack build --pdf
                  else
                    boardpack build
                  fi

              - name: Upload the site
                if: github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
            needs: papers
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            # Deployments wait for one another rather than cancel, so Pages never holds half a site.
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - name: Publish to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v4

        """#
}
