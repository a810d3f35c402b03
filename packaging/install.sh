#!/usr/bin/env bash
# Install or update the Final POS kiosk on a Debian 13 box: system packages, the "kiosk" user, a
# virtualenv with the wheel, cage on tty1 under systemd, the health-probe timer. Idempotent: run it
# again with a newer wheel to update (the previous release is kept for --rollback); run it again
# with the same wheel and nothing changes. See packaging/README.md.
#
#   sudo packaging/install.sh [--wheel dist/finalpos_kiosk-X-py3-none-any.whl]
#   packaging/install.sh --root /tmp/box --no-apt --no-systemctl   # into a throwaway root (tests)
set -euo pipefail

usage() {
  cat <<'EOF'
usage: install.sh [options]
  --wheel FILE     the kiosk wheel to install (default: the newest dist/finalpos_kiosk-*.whl)
  --python PY      interpreter for the virtualenv (default: python3)
  --root DIR       install under DIR instead of / (image staging, tests); implies no apt, no
                   service restarts and no `kiosk setup`; unit links are made with systemctl --root
  --no-apt         do not install system packages
  --no-systemctl   do not enable, mask or restart units
  --no-user        do not create the kiosk user (files stay owned by the caller)
  --no-setup       do not run `kiosk setup` when there is no configuration yet
  --rollback       switch back to the previous release and restart the kiosk
  -h, --help       this text
EOF
}

ROOT=/
WHEEL=
PYTHON=python3
DO_APT=1
DO_SYSTEMCTL=1
DO_USER=1
DO_SETUP=1
ROLLBACK=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --wheel) WHEEL=${2:?--wheel needs a file}; shift 2 ;;
    --python) PYTHON=${2:?--python needs an interpreter}; shift 2 ;;
    --root) ROOT=${2:?--root needs a directory}; shift 2 ;;
    --no-apt) DO_APT=0; shift ;;
    --no-systemctl) DO_SYSTEMCTL=0; shift ;;
    --no-user) DO_USER=0; shift ;;
    --no-setup) DO_SETUP=0; shift ;;
    --rollback) ROLLBACK=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=/opt/finalpos-kiosk
ETC_DIR=/etc/finalpos-kiosk
BOX_USER=kiosk
BOX_HOME=/var/lib/finalpos-kiosk
CONFIG_FILE=$BOX_HOME/.config/finalpos-kiosk/kiosk.toml
UNITS=(finalpos-kiosk.service finalpos-kiosk-check.service finalpos-kiosk-check.timer)
# cage and wlr-randr: the compositor and screen rotation; libpam-systemd and dbus: the logind
# session cage gets its seat from; Mesa: GL for Qt Quick; the libraries Qt's Wayland and xcb
# platform plugins load (PySide6 wheels bundle Qt, not these); a font for text Inter lacks.
APT_PACKAGES=(
  python3 python3-venv ca-certificates
  cage wlr-randr dbus libpam-systemd
  libegl1 libgl1 libegl-mesa0 libgl1-mesa-dri libgbm1
  libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0
  libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
)

R=${ROOT%/}  # "" for the real root: "$R/etc" is /etc there
CHANGED=0
say() { printf 'install.sh: %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

if [[ -n $R ]]; then
  [[ -d $R ]] || die "--root $ROOT is not a directory"
  DO_APT=0
  DO_SETUP=0
elif [[ $EUID -ne 0 ]]; then
  die "run as root (sudo), or use --root DIR for a throwaway root"
fi

# put SRC DEST MODE: install DEST (under the root) only when its content or mode differs.
put() {
  local src=$1 dest=$R$2 mode=$3
  if [[ -f $dest ]] && cmp -s "$src" "$dest" && [[ $(stat -c %a "$dest") == "$mode" ]]; then
    return 0
  fi
  install -D -m "$mode" "$src" "$dest"
  say "wrote $2"
  CHANGED=1
}

# put_once SRC DEST MODE: a file the owner edits (a conffile): written only when missing.
put_once() {
  if [[ ! -e $R$2 ]]; then
    put "$@"
  fi
}

user_exists() {
  if [[ -z $R ]]; then
    getent passwd "$BOX_USER" >/dev/null
  else
    [[ -f $R/etc/passwd ]] && grep -q "^$BOX_USER:" "$R/etc/passwd"
  fi
}

# the user's uid:gid, read from the root's own passwd file
user_ids() {
  awk -F: -v u="$BOX_USER" '$1 == u { print $3 ":" $4 }' "$R/etc/passwd"
}

restart_if_running() {
  if [[ -z $R && $DO_SYSTEMCTL -eq 1 ]] && systemctl is-active --quiet finalpos-kiosk.service; then
    systemctl restart finalpos-kiosk.service
    say "restarted finalpos-kiosk.service"
  fi
}

if [[ $ROLLBACK -eq 1 ]]; then
  previous=$(readlink "$R$APP_DIR/previous" || true)
  current=$(readlink "$R$APP_DIR/current" || true)
  [[ -n $previous && -d $R$APP_DIR/$previous ]] || die "no previous release to roll back to"
  ln -sfn "$previous" "$R$APP_DIR/current.new" && mv -T "$R$APP_DIR/current.new" "$R$APP_DIR/current"
  ln -sfn "$current" "$R$APP_DIR/previous.new" && mv -T "$R$APP_DIR/previous.new" "$R$APP_DIR/previous"
  say "rolled back to $previous (the release before is now $current)"
  restart_if_running
  exit 0
fi

# -- the wheel ------------------------------------------------------------------------------------
if [[ -z $WHEEL ]]; then
  WHEEL=$(ls -t "$HERE"/../dist/finalpos_kiosk-*.whl 2>/dev/null | head -n 1 || true)
  [[ -n $WHEEL ]] || die "no wheel: build one with \`make dist\` or pass --wheel FILE"
fi
[[ -f $WHEEL ]] || die "no such wheel: $WHEEL"
WHEEL=$(cd "$(dirname "$WHEEL")" && pwd)/$(basename "$WHEEL")
version=$(basename "$WHEEL" | cut -d- -f2)
digest=$(sha256sum "$WHEEL" | cut -c1-12)
RELEASE=releases/$version-$digest  # the same version rebuilt is a different release

# -- system packages ------------------------------------------------------------------------------
if [[ $DO_APT -eq 1 ]]; then
  missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
    CHANGED=1
  fi
else
  say "system packages not installed (--no-apt or --root); a box needs: ${APT_PACKAGES[*]}"
fi

# -- the user -------------------------------------------------------------------------------------
if [[ $DO_USER -eq 1 ]]; then
  prefix=()
  [[ -n $R ]] && prefix=(--prefix "$R")
  if ! user_exists; then
    [[ -z $R || -f $R/etc/passwd ]] || die "--root $ROOT has no etc/passwd (use --no-user)"
    useradd "${prefix[@]}" --system --user-group --home-dir "$BOX_HOME" --no-create-home \
      --shell /usr/sbin/nologin --comment "Final POS kiosk" "$BOX_USER"
    say "created user $BOX_USER"
    CHANGED=1
  fi
  # the seat's screen, GPU and touch devices (logind grants them too; these cover seatd boxes)
  for group in video render input; do
    if grep -q "^$group:" "$R/etc/group" &&
      ! awk -F: -v g="$group" '$1 == g { print $4 }' "$R/etc/group" | tr , '\n' | grep -qx "$BOX_USER"; then
      usermod "${prefix[@]}" -a -G "$group" "$BOX_USER"
      say "added $BOX_USER to $group"
      CHANGED=1
    fi
  done
fi
for dir in "$BOX_HOME" "$BOX_HOME/.config" "$BOX_HOME/.config/finalpos-kiosk"; do
  if [[ ! -d $R$dir ]]; then
    install -d -m 750 "$R$dir"
    CHANGED=1
  fi
  if [[ $DO_USER -eq 1 && $EUID -eq 0 ]]; then
    ids=$(user_ids)
    [[ $(stat -c %u:%g "$R$dir") == "$ids" ]] || { chown "$ids" "$R$dir"; CHANGED=1; }
  fi
done

# -- the release: one virtualenv per wheel, `current` and `previous` links -----------------------
if [[ ! -f $R$APP_DIR/$RELEASE/.complete ]]; then
  rm -rf "${R:?}$APP_DIR/$RELEASE"  # a half-made release from an interrupted run
  install -d -m 755 "$R$APP_DIR/releases"
  say "creating $APP_DIR/$RELEASE"
  "$PYTHON" -m venv "$R$APP_DIR/$RELEASE"
  # -I: whatever PYTHONPATH or user site the caller has, pip sees only the new virtualenv
  "$R$APP_DIR/$RELEASE/bin/python" -I -m pip install --quiet --disable-pip-version-check "$WHEEL"
  "$R$APP_DIR/$RELEASE/bin/kiosk" --help >/dev/null  # the entry point runs before we switch
  touch "$R$APP_DIR/$RELEASE/.complete"
  CHANGED=1
fi
current=$(readlink "$R$APP_DIR/current" || true)
if [[ $current != "$RELEASE" ]]; then
  if [[ -n $current ]]; then
    ln -sfn "$current" "$R$APP_DIR/previous.new" && mv -T "$R$APP_DIR/previous.new" "$R$APP_DIR/previous"
  fi
  # a new link renamed over the old one: the switch is atomic, never a missing `current`
  ln -sfn "$RELEASE" "$R$APP_DIR/current.new" && mv -T "$R$APP_DIR/current.new" "$R$APP_DIR/current"
  say "current release: $RELEASE${current:+ (previous: $current)}"
  CHANGED=1
fi
previous=$(readlink "$R$APP_DIR/previous" || true)
for release in "$R$APP_DIR"/releases/*; do
  name=releases/$(basename "$release")
  if [[ -d $release && $name != "$RELEASE" && $name != "$previous" ]]; then
    rm -rf "$release"
    say "removed old release $name"
    CHANGED=1
  fi
done

# -- files and units ------------------------------------------------------------------------------
put "$HERE/files/kiosk-session" "$APP_DIR/bin/kiosk-session" 755
put "$HERE/README.md" "$APP_DIR/README.md" 644
for unit in "${UNITS[@]}"; do
  put "$HERE/systemd/$unit" "/etc/systemd/system/$unit" 644
done
put "$HERE/files/pam-finalpos-kiosk" /etc/pam.d/finalpos-kiosk 644
put "$HERE/files/logind-finalpos-kiosk.conf" /etc/systemd/logind.conf.d/finalpos-kiosk.conf 644
grub_before=$CHANGED
CHANGED=0
put "$HERE/files/grub-finalpos-kiosk.cfg" /etc/default/grub.d/finalpos-kiosk.cfg 644
grub_changed=$CHANGED
CHANGED=$((grub_before | grub_changed))
put_once "$HERE/files/kiosk.env" "$ETC_DIR/kiosk.env" 644

if [[ $DO_SYSTEMCTL -eq 1 ]]; then
  if ! command -v systemctl >/dev/null 2>&1; then
    say "systemctl not found: units copied, not enabled"
  elif [[ -n $R ]]; then
    # offline: only the links in the root's /etc/systemd/system change
    systemctl --root="$R" --quiet enable finalpos-kiosk.service finalpos-kiosk-check.timer
    systemctl --root="$R" --quiet mask sleep.target suspend.target hibernate.target hybrid-sleep.target
  else
    systemctl daemon-reload
    systemctl --quiet enable finalpos-kiosk.service finalpos-kiosk-check.timer
    systemctl --quiet mask sleep.target suspend.target hibernate.target hybrid-sleep.target
    [[ $(systemctl get-default) == graphical.target ]] || systemctl set-default graphical.target
    if [[ $grub_changed -eq 1 ]] && command -v update-grub >/dev/null 2>&1; then
      update-grub
    fi
  fi
fi

# -- configuration --------------------------------------------------------------------------------
if [[ ! -e $R$CONFIG_FILE ]]; then
  if [[ $DO_SETUP -eq 1 && -t 0 ]]; then
    say "no configuration yet: starting \`kiosk setup\` as $BOX_USER"
    if ! runuser -u "$BOX_USER" -- env HOME="$BOX_HOME" "$APP_DIR/current/bin/kiosk" setup; then
      say "kiosk setup did not finish; run it again later (the kiosk shows the demo store until then)"
    fi
  else
    say "no configuration yet: run \`sudo -u $BOX_USER -H $APP_DIR/current/bin/kiosk setup\`" \
      "(until then the kiosk shows the demo store)"
  fi
fi

if [[ $CHANGED -eq 1 ]]; then
  restart_if_running
  say "installed $version in $ROOT (reboot, or: systemctl start finalpos-kiosk)"
else
  say "nothing to do: $version is installed and up to date"
fi
