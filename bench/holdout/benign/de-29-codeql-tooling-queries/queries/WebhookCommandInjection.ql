/**
 * @name Webhook payload flows to shell command
 * @description Data from a webhook event payload reaches a subprocess call with shell=True
 *              or os.system, allowing command injection by whoever controls the PR/comment.
 * @kind path-problem
 * @problem.severity error
 * @security-severity 9.1
 * @precision high
 * @id acme/py/webhook-command-injection
 * @tags security external/cwe/cwe-078
 */

import python
import semmle.python.dataflow.new.DataFlow
import semmle.python.dataflow.new.TaintTracking
import semmle.python.ApiGraphs
import semmle.python.Concepts

class WebhookPayloadSource extends DataFlow::Node {
  WebhookPayloadSource() {
    exists(DataFlow::AttrRead a |
      a.getAttributeName() = "payload" and
      a.getObject().asExpr().(Name).getId() = "evt" and
      this = a
    )
  }
}

module WebhookCmdConfig implements DataFlow::ConfigSig {
  predicate isSource(DataFlow::Node n) { n instanceof WebhookPayloadSource }

  predicate isSink(DataFlow::Node n) {
    exists(SystemCommandExecution c | c.isShellInterpreted(n))
  }
}

module Flow = TaintTracking::Global<WebhookCmdConfig>;
import Flow::PathGraph

from Flow::PathNode src, Flow::PathNode sink
where Flow::flowPath(src, sink)
select sink.getNode(), src, sink, "Shell command built from $@.", src.getNode(), "webhook payload"
