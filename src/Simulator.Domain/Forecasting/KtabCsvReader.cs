using System.Globalization;
using System.Text;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Forecasting;

/// <summary>
/// Reads KTAB's spatial-model CSV: a title line (scenario name, description, actor count,
/// dimension count), a header line (its position columns name the dimensions), then one line per
/// actor: name, description, power, and a position and salience per dimension, both 0..100.
/// Every problem is reported as file:line:column with a hint; nothing half-loads.
/// </summary>
public static class KtabCsvReader
{
    public const int MinActors = 3;
    public const int MaxActors = 250;

    public static ForecastInput Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Bounded like a scenario: a device, a pipe or a huge file is refused, not read into memory.
        return Parse(ScenarioFileReader.ReadUserFile(path), path);
    }

    public static ForecastInput Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<ScenarioError>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rows = new List<(int Line, List<Field> Fields)>();
        for (var l = 0; l < lines.Length; l++)
        {
            if (lines[l].Trim().Length > 0)
            {
                rows.Add((l + 1, SplitFields(lines[l])));
            }
        }

        if (rows.Count < 2)
        {
            throw new ScenarioException(new ScenarioError(fileName, 1, 1, "expected a title line and a header line", "KTAB CSV: 'name,description,actors,dimensions' then a header line, then one line per actor"));
        }

        var title = rows[0];
        if (title.Fields.Count < 4)
        {
            throw new ScenarioException(new ScenarioError(fileName, title.Line, 1, $"the title line has {title.Fields.Count} field(s), expected 4 (name, description, actor count, dimension count)"));
        }

        var declaredActors = ParseCount(title.Fields[2], fileName, title.Line, "actor count", errors);
        var dims = ParseCount(title.Fields[3], fileName, title.Line, "dimension count", errors);
        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        if (dims < 1)
        {
            throw new ScenarioException(new ScenarioError(fileName, title.Line, title.Fields[3].Column, "the dimension count must be at least 1"));
        }

        if (declaredActors is < MinActors or > MaxActors)
        {
            errors.Add(new ScenarioError(fileName, title.Line, title.Fields[2].Column, $"{declaredActors} actors declared; KTAB needs between {MinActors} and {MaxActors}"));
        }

        var expectedColumns = 3 + (2 * dims);
        var header = rows[1];
        if (header.Fields.Count != expectedColumns)
        {
            errors.Add(new ScenarioError(fileName, header.Line, 1, $"the header line has {header.Fields.Count} columns, expected {expectedColumns} (actor, description, power, then position and salience for {dims} dimension(s))"));
        }

        var dimensionNames = new string[dims];
        for (var d = 0; d < dims; d++)
        {
            var column = 3 + (2 * d);
            dimensionNames[d] = column < header.Fields.Count && header.Fields[column].Text.Length > 0 ? header.Fields[column].Text : $"Dim{d + 1}";
        }

        var actors = new List<ForecastActor>();
        for (var r = 2; r < rows.Count; r++)
        {
            var (line, fields) = rows[r];
            if (fields.Count != expectedColumns)
            {
                errors.Add(new ScenarioError(fileName, line, 1, $"{fields.Count} columns, expected {expectedColumns}", "each actor line is: name, description, power, then position and salience per dimension"));
                continue;
            }

            var before = errors.Count;
            var power = ParseNumber(fields[2], fileName, line, "power", errors);
            if (errors.Count == before && power <= 0)
            {
                errors.Add(new ScenarioError(fileName, line, fields[2].Column, $"power must be positive, got {fields[2].Text}"));
            }

            var positions = new double[dims];
            var saliences = new double[dims];
            for (var d = 0; d < dims; d++)
            {
                var positionField = fields[3 + (2 * d)];
                var salienceField = fields[4 + (2 * d)];
                var count = errors.Count;
                positions[d] = ParseNumber(positionField, fileName, line, $"position on {dimensionNames[d]}", errors);
                if (errors.Count == count && positions[d] is < 0 or > 100)
                {
                    errors.Add(new ScenarioError(fileName, line, positionField.Column, $"position {positionField.Text} is outside 0..100"));
                }

                count = errors.Count;
                saliences[d] = ParseNumber(salienceField, fileName, line, $"salience on {dimensionNames[d]}", errors);
                if (errors.Count == count && saliences[d] is < 0 or > 100)
                {
                    errors.Add(new ScenarioError(fileName, line, salienceField.Column, $"salience {salienceField.Text} is outside 0..100"));
                }
            }

            var total = saliences.Sum();
            if (errors.Count == before && total > 100.0 + 1e-9)
            {
                errors.Add(new ScenarioError(fileName, line, fields[4].Column, $"saliences sum to {total.ToString("0.###", CultureInfo.InvariantCulture)}, more than 100", "an actor's saliences over all dimensions may add up to at most 100"));
            }

            actors.Add(new ForecastActor(fields[0].Text, fields[1].Text, power, positions, saliences));
        }

        if (actors.Count != declaredActors && errors.Count == 0)
        {
            errors.Add(new ScenarioError(fileName, title.Line, title.Fields[2].Column, $"{declaredActors} actors declared but {actors.Count} actor line(s) found"));
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return new ForecastInput(title.Fields[0].Text, title.Fields[1].Text, dimensionNames, actors);
    }

    private static int ParseCount(Field field, string file, int line, string what, List<ScenarioError> errors)
    {
        if (int.TryParse(field.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new ScenarioError(file, line, field.Column, $"the {what} '{field.Text}' is not a whole number"));
        return 0;
    }

    private static double ParseNumber(Field field, string file, int line, string what, List<ScenarioError> errors)
    {
        if (double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new ScenarioError(file, line, field.Column, $"the {what} '{field.Text}' is not a number", "use a plain decimal number with a dot, e.g. 42.5"));
        return 0;
    }

    // Splits one CSV line, honouring double quotes; trims fields and drops one trailing empty
    // field (KTAB files end their lines with a comma).
    private static List<Field> SplitFields(string line)
    {
        var fields = new List<Field>();
        var current = new StringBuilder();
        var inQuotes = false;
        var start = 1;
        for (var c = 0; c < line.Length; c++)
        {
            var ch = line[c];
            if (ch == '"')
            {
                if (inQuotes && c + 1 < line.Length && line[c + 1] == '"')
                {
                    current.Append('"');
                    c++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }
            }
            else if (ch == ',' && !inQuotes)
            {
                fields.Add(new Field(current.ToString().Trim(), start));
                current.Clear();
                start = c + 2;
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(new Field(current.ToString().Trim(), start));
        if (fields.Count > 1 && fields[^1].Text.Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    private readonly record struct Field(string Text, int Column);
}
