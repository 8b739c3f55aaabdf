#include "VisibilityGraph.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace guichet::forms {
namespace {

struct Graph
{
    QList<VisibilityNode> nodes;
    QList<const VisibilityRule*> rules; // per node
    QList<int> container;               // per node: its section or parent group, or -1
    QHash<QString, int> fieldNodes;     // field id -> node index
};

void addFields(const QList<FormField>& fields, int containerNode, Graph& graph)
{
    for (const FormField& field : fields) {
        const int index = int(graph.nodes.size());
        graph.nodes.append({VisibilityNode::Kind::Field, field.id});
        graph.rules.append(&field.visibleWhen);
        graph.container.append(containerNode);
        graph.fieldNodes.insert(field.id, index);
        // Groups nest at most limits::MaxGroupDepth deep in a parsed form.
        addFields(field.fields, index, graph);
    }
}

Graph buildGraph(const FormDefinition& form)
{
    Graph graph;
    for (const FormSection& section : form.sections) {
        graph.nodes.append({VisibilityNode::Kind::Section, section.id});
        graph.rules.append(&section.visibleWhen);
        graph.container.append(-1);
    }
    for (qsizetype s = 0; s < form.sections.size(); ++s)
        addFields(form.sections.at(s).fields, int(s), graph);
    return graph;
}

QList<QList<int>> dependencies(const Graph& graph)
{
    QList<QList<int>> edges(graph.nodes.size());
    for (qsizetype node = 0; node < graph.nodes.size(); ++node) {
        if (graph.container.at(node) >= 0)
            edges[node].append(graph.container.at(node));
        for (const QString& fieldId : referencedFields(*graph.rules.at(node))) {
            const int target = graph.fieldNodes.value(fieldId, -1);
            if (target >= 0)
                edges[node].append(target);
        }
    }
    return edges;
}

} // namespace

QStringList referencedFields(const VisibilityRule& rule)
{
    QStringList fields;
    QSet<QString> seen;
    QList<const VisibilityRule*> pending{&rule};
    while (!pending.isEmpty()) {
        const VisibilityRule* current = pending.takeLast();
        if (current->kind == VisibilityRule::Kind::Compare && !seen.contains(current->field)) {
            seen.insert(current->field);
            fields.append(current->field);
        }
        // Reversed so that the fields come out in the order they are written.
        for (qsizetype i = current->children.size() - 1; i >= 0; --i)
            pending.append(&current->children.at(i));
    }
    return fields;
}

VisibilityOrder visibilityOrder(const FormDefinition& form)
{
    const Graph graph = buildGraph(form);
    const QList<QList<int>> edges = dependencies(graph);

    // Depth-first search with colours, on an explicit stack: white = not visited, grey =
    // on the current path, black = done (appended to the order after its dependencies).
    enum Colour : char
    {
        White,
        Grey,
        Black
    };
    QList<Colour> colour(graph.nodes.size(), White);
    VisibilityOrder order;
    order.nodes.reserve(graph.nodes.size());
    QList<std::pair<int, qsizetype>> stack; // node, next dependency to visit

    for (qsizetype start = 0; start < graph.nodes.size(); ++start) {
        if (colour.at(start) != White)
            continue;
        stack.append({int(start), 0});
        colour[start] = Grey;
        while (!stack.isEmpty()) {
            auto& [node, next] = stack.last();
            if (next < edges.at(node).size()) {
                const int target = edges.at(node).at(next++);
                if (colour.at(target) == White) {
                    colour[target] = Grey;
                    stack.append({target, 0});
                } else if (colour.at(target) == Grey && order.cycle.isEmpty()) {
                    // The stack from `target` up to here is the cycle.
                    qsizetype from = stack.size() - 1;
                    while (stack.at(from).first != target)
                        --from;
                    for (qsizetype i = from; i < stack.size(); ++i)
                        order.cycle.append(graph.nodes.at(stack.at(i).first));
                    order.cycle.append(graph.nodes.at(target));
                }
                continue;
            }
            colour[node] = Black;
            order.nodes.append(graph.nodes.at(node));
            stack.removeLast();
        }
    }
    return order;
}

QString describe(const VisibilityNode& node)
{
    return node.kind == VisibilityNode::Kind::Section ? QStringLiteral("section '%1'").arg(node.id)
                                                      : QStringLiteral("field '%1'").arg(node.id);
}

} // namespace guichet::forms
