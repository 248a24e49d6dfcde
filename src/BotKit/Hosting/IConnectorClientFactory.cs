namespace BotKit.Hosting;

public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}
