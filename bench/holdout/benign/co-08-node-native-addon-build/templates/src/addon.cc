#include <napi.h>
#include <cstdint>

// FNV-1a 32-bit over a Buffer / Uint8Array.
static Napi::Value Hash32(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsTypedArray()) {
    Napi::TypeError::New(env, "expected a Buffer or Uint8Array").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto arr = info[0].As<Napi::Uint8Array>();
  uint32_t h = 0x811c9dc5u;
  const uint8_t* p = arr.Data();
  for (size_t i = 0; i < arr.ByteLength(); ++i) {
    h ^= p[i];
    h *= 0x01000193u;
  }
  return Napi::Number::New(env, h);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash32", Napi::Function::New(env, Hash32));
  return exports;
}

NODE_API_MODULE(fasthash, Init)
