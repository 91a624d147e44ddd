namespace CommerceOps.Server.WebConsole;

/// <summary>The console's shared texts (layout, navigation, sign-in, charts): ConsoleText.resx is zh-CN, ConsoleText.en.resx English.</summary>
public sealed class ConsoleText;
