#!/usr/bin/env bash
# Installs, by Debian package name, everything factcheck's build, tests and tools use.
# Idempotent: apt-get skips what is already installed. Needs root or sudo.
# libboost1.81-dev and libboost1.74-dev both own /usr/include/boost; the trailing "-" on
# libboost1.74-dev asks apt to remove the older one if it is present (a no-op otherwise).
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libboost1.81-dev
  libfmt-dev libtomlplusplus-dev libcli11-dev nlohmann-json3-dev libtbb-dev
  libgtest-dev libgmock-dev lcov
  libstemmer-dev
  clang libclang-rt-14-dev valgrind
  chromium python3
)

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if dpkg-query -W -f='${Status}' libboost1.74-dev 2>/dev/null | grep -q "install ok installed"; then
  missing+=("libboost1.74-dev-")
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
