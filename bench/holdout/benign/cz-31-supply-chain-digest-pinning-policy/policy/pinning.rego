package main

import rego.v1

digest_re := `@sha256:[a-f0-9]{64}$`

containers contains c if {
	some c in input.spec.template.spec.containers
}

containers contains c if {
	some c in input.spec.template.spec.initContainers
}

containers contains c if {
	some c in input.spec.jobTemplate.spec.template.spec.containers
}

deny contains msg if {
	some c in containers
	not regex.match(digest_re, c.image)
	not exempt(c.image)
	msg := sprintf("%s/%s: container %q image %q is not pinned by digest", [input.kind, input.metadata.name, c.name, c.image])
}

exempt(image) if {
	some e in data.exceptions.images
	e.image == image
	time.parse_rfc3339_ns(e.expires) > time.now_ns()
}
