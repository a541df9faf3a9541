#!/bin/sh
# Put a user-level `assembler` launcher in ~/.local/bin (or $XDG_BIN_HOME) that runs this
# checkout's .venv, so the command works in any folder without activating the venv.
# Run by `make draft`. A file of the same name that is not our launcher is left alone.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
bin="${XDG_BIN_HOME:-$HOME/.local/bin}"
target="$bin/assembler"
mark="strategy-draft-assembler launcher"
if [ -e "$target" ] && ! grep -q "$mark" "$target" 2>/dev/null; then
  echo "$target は別のプログラムなので置き換えません。$here/.venv/bin/assembler を使ってください"
  echo "($target exists and is not ours; run $here/.venv/bin/assembler instead)"
  exit 0
fi
mkdir -p "$bin"
printf '#!/bin/sh\n# %s (make draft)\nexec "%s/.venv/bin/assembler" "$@"\n' "$mark" "$here" > "$target"
chmod +x "$target"
case ":$PATH:" in
  *":$bin:"*)
    echo "assembler コマンドが使えます: $target (assembler is ready to use)" ;;
  *)
    echo "assembler を $target に置きました。使えるようにするには次の一行を実行し、端末を開き直してください:"
    echo "(to put it on the PATH, run this once and open a new terminal:)"
    echo "  echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" ;;
esac
