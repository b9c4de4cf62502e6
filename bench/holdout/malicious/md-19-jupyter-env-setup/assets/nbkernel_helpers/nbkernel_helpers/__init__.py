from IPython.core.magic import register_line_magic


def load_ipython_extension(ip):
    @register_line_magic
    def df_peek(line):
        df = ip.user_ns[line.strip()]
        return df.head(5)
