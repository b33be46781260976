/// The GitHub Actions workflow `boardpack init` writes: check every pull request, with each problem
/// as an annotation on its line; build (with full-text search, and PDF packs when asked) and
/// publish to GitHub Pages on every push to main.
///
/// It installs boardpack's Debian package rather than compiling Swift, so a run takes a minute, not
/// ten. The job runs in Debian 12, the system the package is built for. Action versions are the
/// newest majors actionlint knows (a test runs actionlint on this text).
enum PublishWorkflow {
    static let path = ".github/workflows/publish.yml"

    static let text = #"""
        # Checks the papers on every pull request, and builds and publishes the site to GitHub Pages
        # on every push to main.
        #
        # Before the first run:
        #   1. Set BOARDPACK_VERSION below to the boardpack release to install (for example 0.1.0),
        #      and BOARDPACK_DOWNLOAD to the web address its packages are published at.
        #   2. In the repository's Settings > Pages, set "Source" to "GitHub Actions".
        # PDF packs: run the workflow by hand (Actions > Publish board papers > Run workflow) with
        # "Also make a PDF of each pack" ticked, or set the repository variable BOARDPACK_PDF to true
        # (Settings > Secrets and variables > Actions > Variables) to make them on every push.
        name: Publish board papers

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:
            inputs:
              pdf:
                description: Also make a PDF of each pack
                type: boolean
                default: false

        permissions:
          contents: read
          pages: write
          id-token: write

        # A newer push to a pull request cancels its check still running.
        concurrency:
          group: ${{ github.workflow }}-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        env:
          # >>> SET THESE: the boardpack release to install, and the web address of the folder
          # holding its package boardpack_<version>_amd64.deb (<version> is filled in for you). <<<
          BOARDPACK_VERSION: ""
          BOARDPACK_DOWNLOAD: https://github.com/YOUR-ORGANISATION/boardpack/releases/download/v<version>
          # "true" also makes a PDF of each pack (packs/<id>.pdf), with WeasyPrint.
          BUILD_PDF: ${{ inputs.pdf || vars.BOARDPACK_PDF == 'true' }}

        jobs:
          papers:
            runs-on: ubuntu-latest
            # Debian 12, the system boardpack's package is built for; steps run as root.
            container: debian:bookworm
            steps:
              - name: Check out the papers
                uses: actions/checkout@v7

              - name: Install boardpack
                run: |
                  case "$BOARDPACK_VERSION/$BOARDPACK_DOWNLOAD" in
                    /* | *YOUR-ORGANISATION*)
                      echo "::error file=.github/workflows/publish.yml::Set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD at the top of .github/workflows/publish.yml to the boardpack release to install and the address of its packages"
                      exit 2
                      ;;
                  esac
                  apt-get update
                  apt-get install -y --no-install-recommends ca-certificates curl
                  folder=$(printf '%s' "$BOARDPACK_DOWNLOAD" | sed "s/<version>/$BOARDPACK_VERSION/g")
                  curl --fail --location --silent --show-error --output /tmp/boardpack.deb \
                    "$folder/boardpack_${BOARDPACK_VERSION}_amd64.deb"
                  apt-get install -y --no-install-recommends /tmp/boardpack.deb
                  if [ "$BUILD_PDF" = "true" ]; then
                    apt-get install -y --no-install-recommends weasyprint
                  fi
                  boardpack --version

              # Or build boardpack from source instead of installing the package (ten minutes a run):
              # replace the step above with this one, and "container: debian:bookworm" with
              # "container: swift:6.0".
              # - name: Build boardpack from source
              #   run: |
              #     apt-get update
              #     apt-get install -y --no-install-recommends libcmark-gfm-dev libcmark-gfm-extensions-dev
              #     git clone --depth 1 https://github.com/YOUR-ORGANISATION/boardpack.git /tmp/boardpack
              #     swift build -c release --package-path /tmp/boardpack
              #     install /tmp/boardpack/.build/release/boardpack /usr/local/bin/boardpack

              - name: Check the papers
                # Each problem becomes an annotation on its line of the pull request.
                run: boardpack check --format github

              - name: Install Pagefind, for full-text search
                if: github.event_name != 'pull_request'
                run: |
                  apt-get install -y --no-install-recommends python3-venv
                  python3 -m venv /opt/pagefind
                  /opt/pagefind/bin/pip install --quiet 'pagefind[bin]'
                  ln -s /opt/pagefind/lib/python3*/site-packages/pagefind_bin/pagefind /usr/local/bin/pagefind

              - name: Set up GitHub Pages
                if: github.event_name != 'pull_request'
                uses: actions/configure-pages@v6

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
                uses: actions/upload-pages-artifact@v5
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
                uses: actions/deploy-pages@v5

        """#
}
