// The Flex Consumption plan (FC1) and the function app, with a system-assigned identity.
// Identity instead of connection strings: host storage and the Durable Task hub use
// AzureWebJobsStorage__accountName (roles in rbac.bicep), the deployment container is reached with
// the same identity, Application Insights takes Entra-authenticated telemetry, and secrets come
// from Key Vault references resolved with the same identity.
// Flex Consumption takes the language and version from functionAppConfig.runtime; the
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION app settings are not used there.

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

@description('.NET version of the isolated worker. Flex Consumption offers dotnet-isolated 8.0, 9.0 and 10.0.')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param runtimeVersion string = '10.0'

@description('Upper bound on instances. A scheme is small; a low bound also caps the mail send rate.')
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

// Versionless SecretUri (trailing slash): the app follows the latest version of each secret.
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
