using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Service;

namespace CommerceOps.Cli.Service;

/// <summary><c>ask --product SKU "问题"</c> (and/or <c>--order NUMBER</c>): the assistant's answer and the fields it read.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var product = new Option<string?>("--product") { Description = "The SKU code the question is about" };
        var order = new Option<string?>("--order") { Description = "The order number the question is about" };
        var question = new Argument<string>("QUESTION") { Description = "The customer's question, in Chinese or English" };
        var command = new Command("ask", "Answer a customer question from the product's and order's data, naming the source fields") { product, order, question };
        command.SetAction((parseResult, ct) =>
            RunAsync(parseResult, parseResult.GetValue(question)!, parseResult.GetValue(product), parseResult.GetValue(order), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string question, string? sku, string? order, CancellationToken ct)
    {
        var console = new CliConsole(parseResult);
        if (string.IsNullOrWhiteSpace(question)) return console.Refuse("The question is empty.");
        if (question.Length > AssistantService.MaxQuestionLength)
            return console.Refuse($"The question is longer than {AssistantService.MaxQuestionLength} characters.");
        if (string.IsNullOrWhiteSpace(sku) && string.IsNullOrWhiteSpace(order)) return console.Refuse("Name the product (--product SKU) or the order (--order NUMBER).");
        try
        {
            await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), ct);
            var service = new AssistantService(new AssistantFacts(storage.Db), new ServiceAssistant(ReturnPolicy.Default), TimeProvider.System);
            var answer = await service.AskAsync(question, sku, order, [], ct);
            Write(parseResult.InvocationConfiguration.Output, answer);
            return ExitCodes.Ok;
        }
        catch (DataDirectoryInUseException e)
        {
            return console.Refuse(e.Message);
        }
        catch (NotFoundException e)
        {
            return console.Refuse(e.Message);
        }
    }

    private static void Write(TextWriter output, AssistantAnswer answer)
    {
        output.WriteLine(answer.Text);
        if (answer.Handover is { } handover)
            output.WriteLine($"Handed over to an agent: {handover.Reason}");
        else
            output.WriteLine($"Sources: {string.Join(", ", answer.Sources)}");
    }
}
