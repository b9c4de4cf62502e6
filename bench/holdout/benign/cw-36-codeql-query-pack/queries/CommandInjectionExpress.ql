/**
 * @name Express request data flows to OS command
 * @description Building a shell command from HTTP request data allows command injection.
 * @kind path-problem
 * @problem.severity error
 * @security-severity 9.8
 * @precision high
 * @id acme/js/express-command-injection
 * @tags security external/cwe/cwe-078
 */

import javascript
import semmle.javascript.security.dataflow.CommandInjectionCustomizations

module Config implements DataFlow::ConfigSig {
  predicate isSource(DataFlow::Node src) { src instanceof Http::RequestInputAccess }

  predicate isSink(DataFlow::Node sink) {
    exists(SystemCommandExecution exec | exec.isShellInterpreted(sink))
    or
    // vm.runInNewContext / runInThisContext with request data
    sink = DataFlow::moduleMember("vm", ["runInNewContext", "runInThisContext"]).getACall().getArgument(0)
    or
    // dynamic require of request data
    sink = DataFlow::globalVarRef("require").getACall().getArgument(0) and
    not sink.asExpr() instanceof ConstantString
  }

  predicate isBarrier(DataFlow::Node n) {
    n = DataFlow::moduleImport("shell-quote").getAMemberCall("quote")
    or
    n = DataFlow::moduleMember("path", "basename").getACall()
  }
}

module Flow = TaintTracking::Global<Config>;
import Flow::PathGraph

from Flow::PathNode source, Flow::PathNode sink
where Flow::flowPath(source, sink)
select sink.getNode(), source, sink, "This command depends on $@.", source.getNode(), "a user-provided value"
