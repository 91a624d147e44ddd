using System.Data.Common;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>Parameters for the plain commands of the hot paths (stock reservation, payment claim), which skip EF's query pipeline.</summary>
public static class CommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
