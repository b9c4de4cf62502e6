# proto.mk — pinned, checksum-verified protobuf toolchain
BUF_VERSION             ?= 1.47.2
PROTOC_GEN_GO_VERSION   ?= v1.35.2
PROTOC_GEN_GRPC_VERSION ?= v1.5.1

BIN      := $(CURDIR)/bin
BUF      := $(BIN)/buf-$(BUF_VERSION)
GEN_GO   := $(BIN)/protoc-gen-go
GEN_GRPC := $(BIN)/protoc-gen-go-grpc

UNAME_S := $(shell uname -s)
UNAME_M := $(shell uname -m)
ifeq ($(UNAME_M),aarch64)
  UNAME_M := arm64
endif
BUF_ASSET := buf-$(UNAME_S)-$(UNAME_M)
BUF_BASE  := https://github.com/bufbuild/buf/releases/download/v$(BUF_VERSION)

SHA256 := $(shell command -v sha256sum >/dev/null 2>&1 && echo "sha256sum" || echo "shasum -a 256")

.PHONY: proto proto-lint proto-breaking proto-tools proto-tools-clean

proto: proto-tools
	PATH="$(BIN):$$PATH" $(BUF) generate
	@echo "generated into gen/"

proto-lint: $(BUF)
	$(BUF) lint

proto-breaking: $(BUF)
	$(BUF) breaking --against '.git#branch=main'

proto-tools: $(BUF) $(GEN_GO) $(GEN_GRPC)

$(BUF):
	@mkdir -p $(BIN)
	@echo "fetching buf $(BUF_VERSION) ($(BUF_ASSET))"
	curl --proto '=https' -fsSL -o $(BIN)/$(BUF_ASSET) $(BUF_BASE)/$(BUF_ASSET)
	curl --proto '=https' -fsSL -o $(BIN)/buf-sha256.txt $(BUF_BASE)/sha256.txt
	@cd $(BIN) && grep " $(BUF_ASSET)$$" buf-sha256.txt | $(SHA256) -c - \
	  || { echo "checksum mismatch for $(BUF_ASSET)"; rm -f $(BUF_ASSET); exit 1; }
	@mv $(BIN)/$(BUF_ASSET) $@ && chmod +x $@ && rm -f $(BIN)/buf-sha256.txt

$(GEN_GO):
	GOBIN=$(BIN) go install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)

$(GEN_GRPC):
	GOBIN=$(BIN) go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GRPC_VERSION)

proto-tools-clean:
	rm -f $(BIN)/buf-* $(GEN_GO) $(GEN_GRPC)
