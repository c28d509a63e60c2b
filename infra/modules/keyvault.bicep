// Key Vault for the app's secrets, with Azure RBAC (no access policies).
// The secrets themselves are not created here: their values must never pass through a template.
// infra/hooks/postprovision.sh writes them (see docs/azure.md):
//   sendgrid-api-key   SendGrid API key (from the deployer: `azd env set SENDGRID_API_KEY ...`)
//   link-signing-key   HMAC key for participants' signed links (generated once if missing)
//   pseudonym-key      HMAC key behind the scheme's pseudonyms: instance and match ids (generated once if missing)
//   coordinator-key    key the coordinator routes require (generated once if missing)
//   concern-key        AES-256 key sealing concern text and survey comments in the tables (32 bytes; generated once if missing)
// The app reads them through Key Vault references in its app settings (functionapp.bicep).

@description('Azure region for the vault.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Vault name: 3-24 letters, digits and hyphens, starting with a letter, globally unique.')
@minLength(3)
@maxLength(24)
param name string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // Soft delete keeps a deleted vault's name reserved this long; `azd down --purge` frees it at once.
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output id string = vault.id
// Ends with '/', e.g. https://kv-xxxx.vault.azure.net/
output uri string = vault.properties.vaultUri
