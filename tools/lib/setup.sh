# Shared by tools/play and tools/test: install what is missing, configure, build.
# Sourced, not run. Idempotent: a second run with nothing changed takes seconds.

RC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian packages Root Cause needs to build, test and run. Keep in step with README.md.
RC_PACKAGES=(
  g++ cmake ninja-build git pkg-config
  libsfml-dev libbox2d-dev libtinyxml2-dev libxxhash-dev doctest-dev nlohmann-json3-dev libcli11-dev libasio-dev
  libcurl4-openssl-dev
  xvfb xauth xdotool libgl1-mesa-dri fonts-inter fonts-dejavu-core libxml2-utils
  librsvg2-bin desktop-file-utils appstream groff-base file dpkg-dev
  clang libclang-rt-dev
)

rc_missing_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

# rc_ensure_packages [extra packages...]: installs missing packages when root, otherwise
# prints the one apt-get line to run and fails.
rc_ensure_packages() {
  local missing
  missing=$(rc_missing_packages "${RC_PACKAGES[@]}" "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Root Cause needs these Debian packages. Run this once, then try again:" >&2
    echo "  sudo apt-get install -y $missing" >&2
    return 1
  fi
}

# rc_build DIR [cmake options...]: configures DIR once (Ninja), then builds incrementally.
rc_build() {
  local dir="$1"
  shift
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$RC_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  fi
  cmake --build "$dir" -j "${RC_JOBS:-2}"
}

# rc_npm_tools: the e-learning tools the tests use, into build/npm: xapi-validation (Learning
# Locker's xAPI validator) and xapi-statements (Learning Locker's statement service, the LRS the
# board posts to in tests/tools/board_lrs_test.cpp, run there with in-memory storage).
# Idempotent: skipped when both are installed. One npm command for both: npm may prune what an
# earlier --no-save install put there.
rc_npm_tools() {
  local npm_dir="$RC_ROOT/build/npm"
  if [ -d "$npm_dir/node_modules/xapi-validation" ] && [ -d "$npm_dir/node_modules/xapi-statements" ]; then
    return 0
  fi
  # npm is a package of its own with Debian's nodejs, but part of NodeSource's nodejs (which
  # conflicts with Debian's npm): install it only when the command is missing.
  if ! command -v npm >/dev/null 2>&1; then
    rc_ensure_packages npm || return 1
  fi
  echo "Installing xapi-validation and xapi-statements into build/npm"
  mkdir -p "$npm_dir"
  # xapi-statements declares node 6-8 but runs on today's node; --ignore-scripts: the tests
  # need none of its dependencies' install scripts (native metrics, end-of-support notices).
  npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
    --prefix "$npm_dir" xapi-validation@2 xapi-statements@5 >/dev/null
}

# rc_chromium: headless Chromium for the HTML report's browser test
# (tests/tools/board_html_browser_test.cpp: no sideways scrolling at 1280 and 800 px, the
# pass-mark label clear of the bars). Idempotent: nothing to do when the command exists.
rc_chromium() {
  if command -v chromium >/dev/null 2>&1; then
    return 0
  fi
  rc_ensure_packages chromium
}
