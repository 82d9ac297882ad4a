(int, str) ->
