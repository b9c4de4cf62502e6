<h1>Library card service</h1>
