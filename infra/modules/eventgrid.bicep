// Event Grid system topic for the storage account's blob events.
// The subscription that sends Microsoft.Storage.BlobCreated for the cohorts container to the
// blob trigger OnCohortUploaded is NOT created here: its webhook URL must carry the function app's
// `blobs_extension` system key, which exists only once the deployed code with that Event Grid
// blob trigger has started, and Event Grid validates the endpoint when the subscription is made.
// infra/hooks/postdeploy.sh creates it after `azd deploy` (see docs/azure.md).

@description('Azure region; a system topic lives in its source resource\'s region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the system topic.')
param name string

@description('Resource id of the storage account whose events the topic publishes.')
param storageAccountId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
