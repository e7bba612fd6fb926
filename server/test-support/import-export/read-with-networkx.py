"""Reads a GraphML and a GEXF export with networkx and prints what it read as JSON (export-interop.test.ts).

Usage: python3 read-with-networkx.py FILE.graphml FILE.gexf
Prints {"networkx": version, "graphml": summary, "gexf": summary}; a summary holds whether the graph is
directed, the node count per graph label, the edge count per relationship type, and every node's and edge's
attributes as networkx decoded them (types included: booleans, numbers, the GEXF viz data).
"""
import collections
import json
import sys

import networkx as nx
from networkx.readwrite import gexf as gexf_module

# networkx learnt GEXF 1.3 in 3.6 (networkx PR #8196: only the version entry was missing). Older ones, such as
# Debian 12's 2.8, get that same entry here, so the test reads with whichever networkx the machine has.
if "1.3" not in gexf_module.GEXF.versions:
    gexf_module.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def edges_of(graph):
    if graph.is_multigraph():
        return [(key, data) for _, _, key, data in graph.edges(keys=True, data=True)]
    return [(data.get("id"), data) for _, _, data in graph.edges(data=True)]


def summary(graph, label_key):
    edges = edges_of(graph)
    return {
        "directed": graph.is_directed(),
        "nodes": collections.Counter(str(data.get(label_key)) for _, data in graph.nodes(data=True)),
        "edges": collections.Counter(str(data.get("type")) for _, data in edges),
        "nodeAttributes": {str(node): data for node, data in graph.nodes(data=True)},
        "edgeAttributes": {str(key): data for key, data in edges},
    }


graphml = nx.read_graphml(sys.argv[1], force_multigraph=True)
gexf = nx.read_gexf(sys.argv[2])
json.dump(
    {
        "networkx": nx.__version__,
        "graphml": summary(graphml, "label"),
        "gexf": summary(gexf, "nodeLabel"),
    },
    sys.stdout,
    default=str,
)
