#!/bin/sh
# azd postdeploy hook: subscribes the blob trigger OnCohortUploaded to Microsoft.Storage.BlobCreated
# events of the cohorts container, through the storage account's Event Grid system topic.
#
# Why here and not in Bicep: the webhook URL carries the app's `blobs_extension` system key, which the
# Functions host creates only once deployed code with an Event Grid blob trigger has started, and Event
# Grid validates the endpoint (a handshake the blob extension answers) when the subscription is made.
# Safe to run again: `create` on an existing subscription name updates it (endpoint, filters).
#
# Reads (azd sets them from infra/main.bicep outputs):
#   AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME, EVENT_GRID_SYSTEM_TOPIC_NAME, COHORTS_CONTAINER_NAME
#   AZURE_FUNCTION_APP_URI    the app's https://<defaultHostName> (default: https://<name>.azurewebsites.net)
#   COHORT_TRIGGER_FUNCTION   optional; the [Function] name of the blob trigger (default OnCohortUploaded)
# Needs: az, signed in with rights to read the app's keys and write Event Grid subscriptions.
set -eu

: "${AZURE_RESOURCE_GROUP:?run through azd, or export AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?run through azd, or export AZURE_FUNCTION_APP_NAME}"
: "${EVENT_GRID_SYSTEM_TOPIC_NAME:?run through azd, or export EVENT_GRID_SYSTEM_TOPIC_NAME}"
: "${COHORTS_CONTAINER_NAME:?run through azd, or export COHORTS_CONTAINER_NAME}"
function_name="${COHORT_TRIGGER_FUNCTION:-OnCohortUploaded}"

# The host writes the key on its first start after a deploy: wait for it, bounded (~5 minutes).
attempt=1
blobs_key=""
while [ -z "$blobs_key" ]; do
  blobs_key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  if [ -n "$blobs_key" ]; then
    break
  fi
  if [ "$attempt" -ge 20 ]; then
    echo "The app has no blobs_extension system key after $attempt attempts." >&2
    echo "It appears once the deployed code has an Event Grid blob trigger ($function_name) and the host has" >&2
    echo "started. Until this subscription exists, cohort files uploaded to the container are not picked up." >&2
    echo "Re-run with: azd hooks run postdeploy" >&2
    exit 1
  fi
  echo "Waiting for the function host to create its blobs_extension key ($attempt/20)..."
  attempt=$((attempt + 1))
  sleep 15
done

# The host name comes from the app's defaultHostName (main.bicep output) rather than being rebuilt from
# the app name, which holds only while the app has no unique default host name.
app_uri="${AZURE_FUNCTION_APP_URI:-https://${AZURE_FUNCTION_APP_NAME}.azurewebsites.net}"
endpoint="${app_uri%/}/runtime/webhooks/blobs?functionName=Host.Functions.${function_name}&code=${blobs_key}"

# Subjects look like /blobServices/default/containers/<container>/blobs/<path>; the trailing
# "/blobs/" keeps a container such as "cohorts-archive" out.
az eventgrid system-topic event-subscription create \
  --name cohort-uploaded \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$EVENT_GRID_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${COHORTS_CONTAINER_NAME}/blobs/" \
  --output none

echo "Event Grid subscription cohort-uploaded -> ${function_name} is in place."
