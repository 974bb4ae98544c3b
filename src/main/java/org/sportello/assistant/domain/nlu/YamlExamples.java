package org.sportello.assistant.domain.nlu;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.sportello.assistant.NluFileRefused;
import org.sportello.assistant.Utterance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Examples as YAML: each intent a key, its examples a list of texts.
 * <pre>
 * balance:
 *   - what's my balance
 *   - quanto ho sul conto
 * greeting: [hi, ciao]
 * </pre>
 * Read as nodes, not objects, so that every error names its line and no tag can build a Java object.
 */
final class YamlExamples {

    static final String SHAPE = "each intent a key with a list of examples, as in 'balance: [what is my balance, quanto ho]'";

    private YamlExamples() {
    }

    static List<Utterance> parse(String source, String content) {
        Node root = compose(source, content);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof MappingNode intents)) {
            throw refused(source, root, "expected " + SHAPE);
        }
        List<Utterance> examples = new ArrayList<>();
        for (NodeTuple entry : intents.getValue()) {
            String intent = text(source, entry.getKeyNode(), "intent");
            if (!(entry.getValueNode() instanceof SequenceNode texts)) {
                throw refused(source, entry.getValueNode(), "the examples of " + intent + " are not a list: expected " + SHAPE);
            }
            for (Node example : texts.getValue()) {
                examples.add(new Utterance(text(source, example, "example of " + intent), intent));
            }
        }
        return examples;
    }

    private static Node compose(String source, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) ExampleFiles.FILE_BYTES_MAX);
        try {
            return new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException notYaml) {
            throw new NluFileRefused(source + " line " + line(notYaml.getProblemMark()) + ": not valid YAML ("
                    + notYaml.getProblem() + "): expected " + SHAPE, notYaml);
        } catch (YAMLException notYaml) {
            throw new NluFileRefused(source + ": not valid YAML (" + notYaml.getMessage() + "): expected " + SHAPE, notYaml);
        }
    }

    private static String text(String source, Node node, String what) {
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (value.isEmpty()) {
            throw refused(source, node, "the " + what + " is empty or not a text: write it, or delete the line");
        }
        return value;
    }

    private static NluFileRefused refused(String source, Node node, String problem) {
        return new NluFileRefused(source + " line " + line(node.getStartMark()) + ": " + problem);
    }

    private static int line(Mark mark) {
        return mark == null ? 1 : mark.getLine() + 1;
    }
}
