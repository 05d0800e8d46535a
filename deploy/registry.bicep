// Step 1 of deploy/README.md: a private container registry to build the image into (az acr build).
targetScope = 'resourceGroup'

@description('Azure region; pick one in the UK for UK councils (uksouth or ukwest).')
param location string = resourceGroup().location

@description('Short lowercase name used to derive resource names.')
@minLength(3)
@maxLength(12)
param appName string = 'practiceasst'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: '${appName}${uniqueString(resourceGroup().id)}'
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

output registryName string = registry.name
output loginServer string = registry.properties.loginServer
