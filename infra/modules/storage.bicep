// The one storage account the app uses:
// - host storage (AzureWebJobsStorage) and the Durable Task hub (queues, tables, blobs, Azure Storage provider);
// - Azure Tables for scheme data (tables are created by the adapters at start-up);
// - the `cohorts` container that receives cohort CSV files (Event Grid BlobCreated -> OnCohortUploaded);
// - the Flex Consumption deployment container.
// Shared key access is off: every client (the app, azd, the deployer) authenticates with Entra ID.

@description('Azure region for the storage account.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Container that receives cohort CSV uploads.')
param cohortsContainerName string

@description('Container Flex Consumption deploys the app package to.')
param deploymentContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

// Soft delete and versioning stay off on purpose: a cohort file holds personal data, and DOMAIN.md
// requires it gone when the retention period ends. A soft-deleted copy would outlive the erasure.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: false
    }
    containerDeleteRetentionPolicy: {
      enabled: false
    }
    isVersioningEnabled: false
  }
}

resource cohortsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: cohortsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

output name string = storage.name
output id string = storage.id
// Ends with '/', e.g. https://stxxxx.blob.core.windows.net/
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output cohortsContainerName string = cohortsContainer.name
output deploymentContainerName string = deploymentContainer.name
