using MentorFlows.Api.Html;
using System.Text;

namespace MentorFlows.Local.Reporting;

/// <summary>Writes <c>report.html</c> (UTF-8, no byte order mark).</summary>
public static class ReportFile
{
    public static void Write(string path, ReportInput input) =>
        File.WriteAllText(path, ReportHtml.Render(input), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
