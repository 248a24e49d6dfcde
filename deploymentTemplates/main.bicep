// LearningPartnerBot on Azure: the Azure Bot registration (Teams channel), a Linux App Service running the bot on
// .NET 10, a user-assigned identity when the bot authenticates as a managed identity, and an optional PostgreSQL
// flexible server. azuredeploy.json is the same template in ARM JSON; keep the two in step (a test compares them).

@description('Azure Bot resource name; also the default prefix of the other resources.')
param botName string

@description('Bot name shown in Teams.')
param botDisplayName string = 'Learning Partner Assistant'

@description('Region of the App Service, identity and database. The bot registration itself is global.')
param location string = resourceGroup().location

@description('Globally unique web app name; the messaging endpoint is https://<webAppName>.azurewebsites.net/api/messages.')
param webAppName string = '${botName}-${uniqueString(resourceGroup().id)}'

@description('App Service plan size. B1 or larger keeps the app always on, so Teams never waits on a cold start.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('How the bot proves its identity to the channels.')
@allowed([
  'MultiTenant'
  'SingleTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'MultiTenant'

@description('Entra app registration (client) id; required for MultiTenant and SingleTenant. Pass an empty string for UserAssignedMSI, where the new identity\'s client id is used.')
param microsoftAppId string

@description('Client secret of the app registration; pass an empty string for UserAssignedMSI.')
@secure()
param microsoftAppPassword string

@description('Tenant of a SingleTenant or UserAssignedMSI bot; empty means this subscription\'s tenant. Ignored for MultiTenant.')
param microsoftAppTenantId string = ''

@description('Where the Bot Connector publishes its signing keys; change only for a sovereign cloud.')
param botFrameworkOpenIdMetadataUrl string = 'https://login.botframework.com/v1/.well-known/openidconfiguration'

@description('Where Entra ID publishes its signing keys (Emulator and single-tenant tokens); change only for a sovereign cloud.')
param botFrameworkEntraOpenIdMetadataUrl string = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'

@description('Key that staff tools send as "Authorization: Bearer <key>" to the staff API.')
@secure()
param staffApiKey string

@description('Incoming-webhook URL that is told about new tickets (e.g. a Teams Workflows trigger); empty turns notifications off. Secure because such URLs carry their own signature.')
@secure()
param ticketWebhookUrl string

@description('Also create a PostgreSQL flexible server (Entra ID sign-in only, no password).')
param deployPostgres bool = false

@description('Object id of the Entra user or group that administers the PostgreSQL server; required when deployPostgres is true.')
param postgresAdminObjectId string = ''

@description('Display name (user principal name or group name) of that administrator.')
param postgresAdminName string = ''

@description('Kind of principal postgresAdminObjectId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param postgresAdminType string = 'User'

var isManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var appTenantId = microsoftAppType == 'MultiTenant' ? '' : (empty(microsoftAppTenantId) ? subscription().tenantId : microsoftAppTenantId)
var planName = '${botName}-plan'
var identityName = '${botName}-identity'
var postgresServerName = '${botName}-${uniqueString(resourceGroup().id)}-pg'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (isManagedIdentity) {
  name: identityName
  location: location
}

var appId = isManagedIdentity ? identity.properties.clientId : microsoftAppId

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: isManagedIdentity ? {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  } : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        // appsettings.json says http://localhost:5000; App Service forwards to port 8080 on all interfaces.
        { name: 'Urls', value: 'http://+:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        // Only the app's own host name: Direct Line and the staff pages build URLs from the Host header.
        { name: 'AllowedHosts', value: '${webAppName}.azurewebsites.net' }
        // TLS ends at App Service's front end: the forwarded scheme and client address let the staff cookies be
        // https-only and let wrong staff keys be counted per client.
        { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: appTenantId }
        // Stated, not defaulted: a deployed bot never runs without channel authentication.
        { name: 'BotKit__AllowAnonymous', value: 'false' }
        { name: 'BotFramework__OpenIdMetadataUrl', value: botFrameworkOpenIdMetadataUrl }
        { name: 'BotFramework__EntraOpenIdMetadataUrl', value: botFrameworkEntraOpenIdMetadataUrl }
        // /home survives restarts and redeployments; the app folder does not.
        { name: 'Storage__DataDirectory', value: '/home/data' }
        { name: 'Storage__DatabaseFileName', value: 'learningpartnerbot.db' }
        // With the PostgreSQL server, every instance shares it (state, eligibility, tickets, feedback); without, the
        // SQLite file above serves the one instance. The server signs in with Entra ID only (see the README).
        { name: 'Storage__Provider', value: deployPostgres ? 'Postgres' : 'Sqlite' }
        { name: 'ConnectionStrings__Postgres', value: deployPostgres ? 'Host=${postgresServerName}.postgres.database.azure.com;Database=postgres;Username=${botName};Ssl Mode=Require' : '' }
        { name: 'Knowledge__ContentDirectory', value: 'kb' }
        { name: 'Staff__ApiKeys__0', value: staffApiKey }
        // Demo identities would let anyone read demo partners' data, and the anonymous Direct Line would bypass
        // channel authentication: both are for the local playground only.
        { name: 'Eligibility__DemoIdentities', value: 'false' }
        { name: 'Eligibility__SeedDemoData', value: 'false' }
        { name: 'DirectLine__Enabled', value: 'false' }
        { name: 'Tickets__Webhook__Url', value: ticketWebhookUrl }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: appId
    msaAppType: microsoftAppType
    msaAppTenantId: appTenantId
    msaAppMSIResourceId: isManagedIdentity ? identity.id : ''
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = if (deployPostgres) {
  name: postgresServerName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: 32
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: subscription().tenantId
    }
  }
}

resource postgresAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2023-06-01-preview' = if (deployPostgres) {
  parent: postgres
  // The name is still validated when the server is not deployed, and an empty child name is invalid.
  name: deployPostgres ? postgresAdminObjectId : 'none'
  properties: {
    principalName: postgresAdminName
    principalType: postgresAdminType
    tenantId: subscription().tenantId
  }
}

// 0.0.0.0 is Azure's notation for "services inside Azure", which is where the web app connects from.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = if (deployPostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    postgresAdmin
  ]
}

output messagingEndpoint string = 'https://${webApp.properties.defaultHostName}/api/messages'
output webAppName string = webApp.name
output microsoftAppId string = appId
output postgresServerFqdn string = deployPostgres ? postgres.properties.fullyQualifiedDomainName : ''
