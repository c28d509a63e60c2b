#!/bin/sh
# azd postprovision hook: puts the app's secrets into Key Vault, then makes the function app
# re-read its Key Vault references. Safe to run again: generated keys are created only when missing,
# so signed links already sent stay valid and sealed concern text stays readable. Secret values are never
# printed or passed as arguments.
#
# Reads (azd sets them from infra/main.bicep outputs and `azd env set`):
#   AZURE_KEY_VAULT_NAME, AZURE_FUNCTION_APP_ID   required
#   SENDGRID_API_KEY                              optional; written when the vault has no SendGrid key yet
# Needs: az (signed in as the deployer, who holds Key Vault Secrets Officer), openssl.
set -eu

: "${AZURE_KEY_VAULT_NAME:?run through azd, or export AZURE_KEY_VAULT_NAME}"
: "${AZURE_FUNCTION_APP_ID:?run through azd, or export AZURE_FUNCTION_APP_ID}"

vault="$AZURE_KEY_VAULT_NAME"
secret_file=""
cleanup() { [ -n "$secret_file" ] && rm -f "$secret_file"; return 0; }
trap cleanup EXIT INT TERM

# A new role assignment can take minutes to reach Key Vault: retry a cheap read, bounded.
attempt=1
until az keyvault secret list --vault-name "$vault" --maxresults 1 --output none 2>/dev/null; do
  if [ "$attempt" -ge 12 ]; then
    echo "Key Vault $vault is still not readable after $attempt attempts." >&2
    echo "Check that you hold Key Vault Secrets Officer on it, then run: azd hooks run postprovision" >&2
    exit 1
  fi
  echo "Waiting for Key Vault access to propagate ($attempt/12)..."
  attempt=$((attempt + 1))
  sleep 15
done

# Whether secret $1 exists, from the vault's list of secrets (ids end /secrets/<name>, no version).
# A failed `secret show` cannot tell "not found" from a throttled or dropped call, and treating the
# second as the first would generate a new pseudonym or link key over the real one. So a failed list
# stops the script, and only a successful list without the name means "missing". (`exit`, because
# set -e does not apply inside a function called as an `if` condition.)
secret_exists() {
  if ! found=$(az keyvault secret list --vault-name "$vault" --query "[?ends_with(id, '/secrets/$1')].id" --output tsv); then
    echo "Could not list the secrets of Key Vault $vault; stopping so that no existing key is replaced." >&2
    exit 1
  fi
  [ -n "$found" ]
}

# Writes the value held in $secret_file as secret $1. Reading it from a 0600 file keeps it off
# the command line and out of the process list.
write_secret_from_file() {
  az keyvault secret set --vault-name "$vault" --name "$1" --file "$secret_file" --encoding utf-8 --output none
}

new_secret_file() {
  cleanup
  secret_file=$(mktemp)
  chmod 600 "$secret_file"
}

# $2 random bytes, base64 (48 unless given). 48: the HMAC keys for signed links and for pseudonyms, and the
# coordinator key; the pseudonym key names instance ids, match ids and erasure receipts: never rotate it mid-year.
# Exactly 32: concern-key, the AES-256 key that seals concern text and survey comments in the tables (the app refuses
# any other length); rotating it means keeping the old one readable (docs/stores.md), so it is never regenerated here.
generate_if_missing() {
  if secret_exists "$1"; then
    echo "Key Vault secret $1: present, kept."
    return 0
  fi
  new_secret_file
  openssl rand -base64 "${2:-48}" | tr -d '\n' >"$secret_file"
  write_secret_from_file "$1"
  echo "Key Vault secret $1: generated."
}

generate_if_missing link-signing-key
generate_if_missing pseudonym-key
generate_if_missing coordinator-key
generate_if_missing concern-key 32

if secret_exists sendgrid-api-key; then
  echo "Key Vault secret sendgrid-api-key: present, kept (rotate with az keyvault secret set)."
elif [ -n "${SENDGRID_API_KEY:-}" ]; then
  new_secret_file
  printf '%s' "$SENDGRID_API_KEY" >"$secret_file"
  write_secret_from_file sendgrid-api-key
  echo "Key Vault secret sendgrid-api-key: written from SENDGRID_API_KEY."
else
  echo "Key Vault secret sendgrid-api-key: MISSING. The app cannot send mail until it is set:" >&2
  echo "  az keyvault secret set --vault-name $vault --name sendgrid-api-key --file <file holding the key>" >&2
  echo "  (or: azd env set SENDGRID_API_KEY <key>; azd hooks run postprovision)" >&2
fi
cleanup
secret_file=""

# App Service caches Key Vault references for up to 24 hours; this documented call re-resolves them now.
# Best effort: the secrets are already written, so a failure here only delays their pick-up.
if az rest --method post --output none \
  --url "https://management.azure.com${AZURE_FUNCTION_APP_ID}/config/configreferences/appsettings/refresh?api-version=2022-03-01"; then
  echo "Function app Key Vault references refreshed."
else
  echo "Could not refresh the app's Key Vault references; they are re-read within 24 hours or on the next settings change." >&2
fi
