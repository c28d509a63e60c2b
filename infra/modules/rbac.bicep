// Role assignments. Built-in role definition ids are the same in every tenant.
//
// The function app's system-assigned identity:
//   storage account       Storage Blob Data Owner        host storage, Durable hub blobs/leases,
//                                                        blob trigger receipts, deployment package
//                         Storage Queue Data Contributor Durable Task control and work-item queues,
//                                                        the blob trigger's internal queue
//                         Storage Table Data Contributor Durable history/instances tables, scheme data
//                         Storage Account Contributor    the blob trigger (OnCohortUploaded) on AzureWebJobsStorage
//   Application Insights  Monitoring Metrics Publisher   Entra-authenticated telemetry
//   Key Vault             Key Vault Secrets User         resolves the Key Vault references
// The deployer (principalId, optional; azd passes the signed-in user):
//   Key Vault             Key Vault Secrets Officer      postprovision.sh writes the secrets
//   cohorts container     Storage Blob Data Contributor  upload a cohort file with --auth-mode login

@description('Storage account used by the app.')
param storageAccountName string

@description('Container that receives cohort CSV uploads.')
param cohortsContainerName string

@description('Application Insights component the app reports to.')
param applicationInsightsName string

@description('Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Object id of the function app\'s system-assigned identity.')
param appPrincipalId string

@description('Object id of the deployer (user or service principal). Empty: no deployer roles.')
param deployerPrincipalId string = ''

// Each id checked against Microsoft's "Azure built-in roles" reference (role-based-access-control/built-in-roles.md).
var roles = {
  storageAccountContributor: '17d1049b-9a84-46fb-8f53-869881c3d3ab'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

// Microsoft's table of roles for AzureWebJobsStorage ("Connecting to host storage with an identity",
// functions-reference.md) asks, for the Azure Blobs trigger, for all of Storage Account Contributor,
// Storage Blob Data Owner and Storage Queue Data Contributor, and for Durable Functions Blob Data
// Contributor (Owner covers it), Queue Data Contributor and Table Data Contributor.
// Storage Account Contributor is a control-plane role (it could list keys or turn shared-key access back
// on); it is granted because the table lists it for the blob trigger whatever the trigger's source.
// UNCONFIRMED: whether the Event Grid-source blob trigger on Flex Consumption really needs it. If the
// first deploy shows it does not (no authorization errors from the trigger without it), drop it.
var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
  roles.storageAccountContributor
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

resource cohortsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  parent: blobService
  name: cohortsContainerName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(storage.id, appPrincipalId, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// principalType is left out for the deployer: it may be a user (azd up) or a service principal (CI).
resource deployerSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: deployerPrincipalId
  }
}

resource deployerCohorts 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(cohortsContainer.id, deployerPrincipalId, roles.storageBlobDataContributor)
  scope: cohortsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: deployerPrincipalId
  }
}
