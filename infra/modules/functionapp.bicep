// The Flex Consumption plan (FC1) and the function app, with a system-assigned identity.
// Identity instead of connection strings: host storage and the Durable Task hub use
// AzureWebJobsStorage__accountName (roles in rbac.bicep), the deployment container is reached with
// the same identity, Application Insights takes Entra-authenticated telemetry, and secrets come
// from Key Vault references resolved with the same identity.
// Flex Consumption takes the language and version from functionAppConfig.runtime; the
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION app settings are not used there.
//
// Checked against Microsoft's sample Azure-Samples/azure-functions-flex-consumption-samples
// (IaC/bicep/core/host/function.bicep: same API versions, plan sku, kind, functionAppConfig shape).
// AzureWebJobsStorage__accountName alone is enough for host storage, the Durable Task hub and the
// blob trigger: the blob, queue and table endpoints are inferred from it in public Azure, and the
// system-assigned identity is the default credential. __credential and __clientId are only for a
// user-assigned identity, __*ServiceUri only for sovereign clouds or custom DNS
// (functions-reference.md "Connecting to host storage with an identity";
// durable-functions-configure-managed-identity.md). The worker's BlobClient binding reads
// accountName too (azure-functions-dotnet-worker, TryGetServiceUriForStorageAccounts).

@description('Azure region for the plan and the app.')
param location string

@description('Tags applied to every resource; the app also gets azd-service-name.')
param tags object

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app; its host name is <name>.azurewebsites.net.')
param appName string

@description('azd service name in azure.yaml; azd finds the app by this tag.')
param serviceName string

@description('Storage account for host storage, the Durable Task hub, tables, blobs and deployment.')
param storageAccountName string

@description('Blob endpoint of that account, ending with a slash.')
param storageBlobEndpoint string

@description('Container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Key Vault URI, ending with a slash.')
param keyVaultUri string

@description('Scheme file, relative to the deployed app folder. Empty: built-in defaults.')
param schemeFile string

// UNCONFIRMED: '10.0' on Flex Consumption. The Flex docs and samples read here list dotnet-isolated 8.0
// and 9.0; check the region with az functionapp list-flexconsumption-runtimes before the first deploy.
@description('.NET version of the isolated worker (dotnet-isolated, major.minor form).')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param runtimeVersion string = '10.0'

// The cost cap on abuse. The Azure host has no per-address rate limit (docs/azure.md), so a flood of
// requests to the anonymous participant routes scales the app out, and every instance that is busy is
// billed per GB-second of its memory. A scheme needs a handful of instances at most, so this is the
// lowest value Microsoft documents: 40 to 1000 (flex-consumption-plan.md, "Considerations: Scale";
// the samples' main.bicepparam says the same). At 40 x 2048 MB that is at most 80 GB busy at once.
// UNCONFIRMED: whether the cap applies to the whole app or to each scale group (http, durable, blob)
// separately, and whether Azure now accepts a value below 40 (reported, not confirmed).
@description('Upper bound on instances: the cost cap under a request flood. A low bound also caps the mail send rate.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }
}

// Versionless SecretUri (trailing slash): the app follows the latest version of each secret
// (form from app-service-key-vault-references.md).
// UNCONFIRMED: Key Vault references on Flex Consumption; the reference docs are App Service-wide.
// App Service refetches references every 24 hours, on any configuration change, and when
// config/configreferences/appsettings/refresh is called (postprovision.sh does that).
var secretReference = '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets'

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storageAccountName
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    MentorFlows__SchemeFile: schemeFile
    MentorFlows__SendGrid__ApiKey: '${secretReference}/sendgrid-api-key/)'
    MentorFlows__LinkSigningKey: '${secretReference}/link-signing-key/)'
    MentorFlows__PseudonymKey: '${secretReference}/pseudonym-key/)'
    MentorFlows__CoordinatorKey: '${secretReference}/coordinator-key/)'
    MentorFlows__DataProtection__ConcernKey: '${secretReference}/concern-key/)'
    // Links in emails start with this (the API is under /api/).
    MentorFlows__PublicBaseUrl: 'https://${app.properties.defaultHostName}'
  }
}

output name string = app.name
output id string = app.id
output principalId string = app.identity.principalId
output uri string = 'https://${app.properties.defaultHostName}'
