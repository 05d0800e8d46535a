// Step 3 of deploy/README.md: the assistant in Azure Container Apps, its conversation state in Blob
// Storage, and a single-tenant Azure Bot with the Microsoft Teams channel.
targetScope = 'resourceGroup'

@description('Azure region; pick one in the UK for UK councils (uksouth or ukwest).')
param location string = resourceGroup().location

@description('Short lowercase name used to derive resource names (the same as for registry.bicep).')
@minLength(3)
@maxLength(12)
param appName string = 'practiceasst'

@description('The registry created by registry.bicep (its name, not its login server).')
param registryName string

@description('The image built by az acr build, for example practice-assistant:1.')
param imageTag string = 'practice-assistant:1'

@description('Application (client) id of the bot\'s single-tenant Entra app registration.')
param botAppId string

@description('A client secret of that app registration.')
@secure()
param botAppPassword string

@description('The Entra tenant the bot and its users belong to.')
param tenantId string = subscription().tenantId

@description('Tenants whose users may talk to the bot, comma-separated (normally just the council\'s own).')
param allowedTenants string = tenantId

@description('Your SharePoint name (contoso for contoso.sharepoint.com): files attached for a check are fetched from its SharePoint and OneDrive hosts only. Blank: attached files are not read.')
param sharePointTenantName string = ''

@description('How long an unused conversation\'s state is kept (ISO-8601 or 4h / 30m).')
param conversationIdleTimeout string = '4h'

@minValue(1)
@maxValue(10)
param maxReplicas int = 3

var suffix = uniqueString(resourceGroup().id)
var stateContainerName = 'conversation-state'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

// --- Conversation state ---------------------------------------------------------------------------
// Encrypted at rest by Azure Storage (256-bit AES, Microsoft-managed keys); HTTPS only; no public blobs.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${appName}st${suffix}', 24)
  location: location
  sku: {
    name: 'Standard_ZRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: false
    }
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

// A backstop for the application's own idle expiry: whatever nobody reads again is deleted after a day.
resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-idle-conversation-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${stateContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: 1
                }
              }
            }
          }
        }
      ]
    }
  }
}

// --- Hosting ----------------------------------------------------------------------------------------
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${appName}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id-${suffix}'
  location: location
}

// AcrPull, so the app pulls its image with its own identity (no registry password anywhere).
resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, 'acrpull')
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${appName}-app'
  location: location
  dependsOn: [
    acrPull
  ]
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 3978
        transport: 'http'
        allowInsecure: false
      }
      registries: [
        {
          server: registry.properties.loginServer
          identity: identity.id
        }
      ]
      secrets: [
        {
          name: 'bot-app-password'
          value: botAppPassword
        }
        {
          name: 'state-connection-string'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'assistant'
          image: '${registry.properties.loginServer}/${imageTag}'
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: [
            {
              name: 'MicrosoftAppType'
              value: 'SingleTenant'
            }
            {
              name: 'MicrosoftAppId'
              value: botAppId
            }
            {
              name: 'MicrosoftAppPassword'
              secretRef: 'bot-app-password'
            }
            {
              name: 'MicrosoftAppTenantId'
              value: tenantId
            }
            {
              // Attached Word files are fetched from these SharePoint/OneDrive hosts only; blank: none at all.
              name: 'ASSISTANT_ATTACHMENTS_TENANTNAME'
              value: sharePointTenantName
            }
            {
              // The JSON API stays closed: users come through Teams (see deploy/data-protection.md).
              name: 'ASSISTANT_API_ENABLED'
              value: 'false'
            }
            {
              name: 'ASSISTANT_TEAMS_ALLOWED_TENANTS'
              value: allowedTenants
            }
            {
              name: 'ASSISTANT_STATE_STORE'
              value: 'blob'
            }
            {
              name: 'ASSISTANT_STATE_BLOB_CONNECTION_STRING'
              secretRef: 'state-connection-string'
            }
            {
              name: 'ASSISTANT_STATE_BLOB_CONTAINER'
              value: stateContainerName
            }
            {
              name: 'ASSISTANT_CONVERSATION_IDLE_TIMEOUT'
              value: conversationIdleTimeout
            }
            {
              name: 'LOGGING_STRUCTURED_FORMAT_CONSOLE'
              value: 'ecs'
            }
          ]
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/actuator/health/readiness'
                port: 3978
              }
              periodSeconds: 5
              failureThreshold: 24
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/actuator/health/readiness'
                port: 3978
              }
              periodSeconds: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/actuator/health/liveness'
                port: 3978
              }
              periodSeconds: 30
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '100'
              }
            }
          }
        ]
      }
    }
  }
}

// --- The bot registration and its Teams channel ------------------------------------------------------
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'Practice guidance assistant'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppType: 'SingleTenant'
    msaAppId: botAppId
    msaAppTenantId: tenantId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
output appUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
output botName string = bot.name
